package com.billaudit.domain;

import java.util.List;

/**
 * The result of analysing one document: what the pipeline hands to storage.
 *
 * @param verdict    null for a document that is not a bill
 * @param confidence how sure the analysis is overall, 0..1
 */
public record AnalysisReport(DocumentInfo document, DocumentType documentType, Verdict verdict, double confidence,
                             Totals totals, List<LineItem> lineItems, List<Finding> findings,
                             String explanation, List<String> recommendations, List<AgentRun> agents) {
    public AnalysisReport {
        lineItems = List.copyOf(lineItems);
        findings = List.copyOf(findings);
        recommendations = List.copyOf(recommendations);
        agents = List.copyOf(agents);
    }
}

package com.billaudit.domain;

import java.util.List;

/**
 * The result of analysing one document: what the pipeline hands to storage.
 *
 * @param verdict    null for a document that is not a bill
 * @param confidence how sure the analysis is overall, 0..1
 * @param rulebook   the reference list versions the audit used, or null when no audit ran
 */
public record AnalysisReport(DocumentInfo document, DocumentType documentType, Verdict verdict, double confidence,
                             Totals totals, List<LineItem> lineItems, List<Finding> findings,
                             String explanation, List<String> recommendations, List<AgentRun> agents,
                             RulebookUsed rulebook) {
    public AnalysisReport {
        lineItems = List.copyOf(lineItems);
        findings = List.copyOf(findings);
        recommendations = List.copyOf(recommendations);
        agents = List.copyOf(agents);
    }

    /** A report that records no rulebook (not a bill, or made before versions were recorded). */
    public AnalysisReport(DocumentInfo document, DocumentType documentType, Verdict verdict, double confidence,
                          Totals totals, List<LineItem> lineItems, List<Finding> findings,
                          String explanation, List<String> recommendations, List<AgentRun> agents) {
        this(document, documentType, verdict, confidence, totals, lineItems, findings, explanation, recommendations,
                agents, null);
    }

    public AnalysisReport withRulebook(RulebookUsed used) {
        return new AnalysisReport(document, documentType, verdict, confidence, totals, lineItems, findings,
                explanation, recommendations, agents, used);
    }
}

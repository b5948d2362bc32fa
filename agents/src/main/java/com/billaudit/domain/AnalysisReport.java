package com.billaudit.domain;

import java.util.List;

/**
 * The result of analysing one document: what the pipeline hands to storage.
 *
 * @param verdict    null for a document that is not a bill
 * @param confidence how sure the analysis is overall, 0..1
 * @param rulebook   the reference list versions the audit used, or null when no audit ran
 * @param bills      the money of each bill found in the upload (empty for a non-bill)
 * @param currency   the document's currency, or null to report the scheme's
 * @param locale     how numbers and dates were read, or null
 * @param review     whether a person should check the reading, and why
 */
public record AnalysisReport(DocumentInfo document, DocumentType documentType, Verdict verdict, double confidence,
                             Totals totals, List<LineItem> lineItems, List<Finding> findings,
                             String explanation, List<String> recommendations, List<AgentRun> agents,
                             RulebookUsed rulebook, List<BillTotals> bills, String currency, String locale,
                             Review review) {
    public AnalysisReport {
        lineItems = List.copyOf(lineItems);
        findings = List.copyOf(findings);
        recommendations = List.copyOf(recommendations);
        agents = List.copyOf(agents);
        bills = bills == null ? List.of() : List.copyOf(bills);
        review = review == null ? Review.NONE : review;
    }

    /** A report without the 1.1 reading details (one bill, no locale evidence, nothing to review). */
    public AnalysisReport(DocumentInfo document, DocumentType documentType, Verdict verdict, double confidence,
                          Totals totals, List<LineItem> lineItems, List<Finding> findings,
                          String explanation, List<String> recommendations, List<AgentRun> agents,
                          RulebookUsed rulebook) {
        this(document, documentType, verdict, confidence, totals, lineItems, findings, explanation, recommendations,
                agents, rulebook, List.of(), null, null, Review.NONE);
    }

    /** A report that records no rulebook (not a bill, or made before versions were recorded). */
    public AnalysisReport(DocumentInfo document, DocumentType documentType, Verdict verdict, double confidence,
                          Totals totals, List<LineItem> lineItems, List<Finding> findings,
                          String explanation, List<String> recommendations, List<AgentRun> agents) {
        this(document, documentType, verdict, confidence, totals, lineItems, findings, explanation, recommendations,
                agents, null);
    }

    public AnalysisReport withReview(Review newReview) {
        return new AnalysisReport(document, documentType, verdict, confidence, totals, lineItems, findings,
                explanation, recommendations, agents, rulebook, bills, currency, locale, newReview);
    }

    public AnalysisReport withRulebook(RulebookUsed used) {
        return new AnalysisReport(document, documentType, verdict, confidence, totals, lineItems, findings,
                explanation, recommendations, agents, used, bills, currency, locale, review);
    }
}

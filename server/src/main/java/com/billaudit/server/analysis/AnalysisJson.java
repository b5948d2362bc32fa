package com.billaudit.server.analysis;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.domain.DocumentInfo;
import com.billaudit.domain.Money;
import com.billaudit.domain.RulebookUsed;
import com.billaudit.persistence.analysis.AnalysisError;
import com.billaudit.persistence.analysis.StoredAnalysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An analysis exactly as the contract shows it: every field present (null when unknown), codes
 * lowercase. Unfinished and failed analyses show what they have and empty lists; unfinished ones
 * carry their {@code progress}. {@code currency} is the document's when it shows one, else the
 * scheme's.
 */
public record AnalysisJson(UUID id, String status, String reference, Instant createdAt, Instant completedAt,
                           String scheme, String region, String currency, String locale, DocumentJson document,
                           String documentType, String verdict, Double confidence, ReviewJson review,
                           TotalsJson totals, List<BillJson> bills, List<LineItemJson> lineItems,
                           List<FindingJson> findings, String explanation, List<String> recommendations,
                           List<AgentJson> agents, RulebookJson rulebook, ProgressJson progress, ErrorJson error) {

    public static AnalysisJson of(StoredAnalysis stored) {
        AnalysisReport report = stored.report();
        if (report == null) {
            return header(stored);
        }
        return new AnalysisJson(stored.id(), stored.status().code(), stored.reference(), stored.createdAt(),
                stored.completedAt(), stored.scheme(), stored.region(),
                report.currency() != null ? report.currency() : stored.currency(), report.locale(),
                DocumentJson.of(report.document()), report.documentType().code(),
                report.verdict() == null ? null : report.verdict().code(), report.confidence(),
                ReviewJson.of(report.review()), TotalsJson.of(report.totals()),
                report.bills().stream().map(BillJson::of).toList(),
                report.lineItems().stream().map(LineItemJson::of).toList(),
                report.findings().stream().map(FindingJson::of).toList(), report.explanation(),
                report.recommendations(), report.agents().stream().map(AgentJson::of).toList(),
                RulebookJson.of(report.rulebook()), ProgressJson.of(stored.status(), stored.progress()),
                ErrorJson.of(stored.error()));
    }

    private static AnalysisJson header(StoredAnalysis stored) {
        return new AnalysisJson(stored.id(), stored.status().code(), stored.reference(), stored.createdAt(),
                stored.completedAt(), stored.scheme(), stored.region(), stored.currency(), null,
                DocumentJson.of(stored.document()), null, null, null, null, null, List.of(), List.of(), List.of(), null,
                List.of(), List.of(), null, ProgressJson.of(stored.status(), stored.progress()),
                ErrorJson.of(stored.error()));
    }

    public record DocumentJson(String fileName, String contentType, long sizeBytes, String sha256, Integer pages,
                               String textSource, Double ocrConfidence) {
        static DocumentJson of(DocumentInfo info) {
            if (info == null) {
                return null;
            }
            return new DocumentJson(info.fileName(), info.contentType(), info.sizeBytes(), info.sha256(), info.pages(),
                    info.textSource() == null ? null : info.textSource().code(), info.ocrConfidence());
        }
    }

    /**
     * The reference versions the audit used (additive to the contract): the tariff and
     * non-payable versions in force on {@code appliedOn}, the bill's date or the analysis day.
     */
    public record RulebookJson(int tariffVersion, int nonPayableVersion, LocalDate effectiveFrom,
                               LocalDate nonPayableEffectiveFrom, LocalDate appliedOn) {
        static RulebookJson of(RulebookUsed used) {
            return used == null ? null : new RulebookJson(used.tariffVersion(), used.nonPayableVersion(),
                    used.effectiveFrom(), used.nonPayableEffectiveFrom(), used.appliedOn());
        }
    }

    public record ErrorJson(String code, String message) {
        static ErrorJson of(AnalysisError error) {
            return error == null ? null : new ErrorJson(error.code(), error.message());
        }
    }

    static java.math.BigDecimal money(java.math.BigDecimal value) {
        return Money.scaled(value);
    }
}

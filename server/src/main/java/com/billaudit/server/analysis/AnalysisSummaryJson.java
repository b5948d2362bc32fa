package com.billaudit.server.analysis;

import com.billaudit.persistence.analysis.AnalysisSummary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code GET /v1/analyses}. */
public record AnalysisSummaryJson(UUID id, String status, String reference, Instant createdAt, Instant completedAt,
                                  String scheme, String fileName, String documentType, String verdict,
                                  BigDecimal lineItemsTotal, BigDecimal recoverable, boolean reviewNeeded) {

    static AnalysisSummaryJson of(AnalysisSummary s) {
        return new AnalysisSummaryJson(s.id(), s.status().code(), s.reference(), s.createdAt(), s.completedAt(),
                s.scheme(), s.fileName(), s.documentType(), s.verdict(), AnalysisJson.money(s.lineItemsTotal()),
                AnalysisJson.money(s.recoverable()), s.reviewNeeded());
    }
}

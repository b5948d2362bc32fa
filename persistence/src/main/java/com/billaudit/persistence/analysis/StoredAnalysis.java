package com.billaudit.persistence.analysis;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.domain.DocumentInfo;

import java.time.Instant;
import java.util.UUID;

/**
 * An analysis as stored: always its header and document; the report once completed.
 *
 * @param report null until the analysis completed
 * @param error    null unless the analysis failed
 * @param progress where it is while running, as its worker last wrote it
 */
public record StoredAnalysis(UUID id, AnalysisStatus status, String ownerKeyId, String reference,
                             Instant createdAt, Instant completedAt, String scheme, String region,
                             String currency, DocumentInfo document, AnalysisReport report, AnalysisError error,
                             AnalysisProgress progress) {
    public StoredAnalysis {
        progress = progress == null ? AnalysisProgress.NONE : progress;
    }

    /** An analysis with no progress written. */
    public StoredAnalysis(UUID id, AnalysisStatus status, String ownerKeyId, String reference, Instant createdAt,
                          Instant completedAt, String scheme, String region, String currency, DocumentInfo document,
                          AnalysisReport report, AnalysisError error) {
        this(id, status, ownerKeyId, reference, createdAt, completedAt, scheme, region, currency, document, report,
                error, AnalysisProgress.NONE);
    }
}

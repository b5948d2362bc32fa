package com.billaudit.persistence.analysis;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the analyses list: what a dashboard table shows. Codes are the contract's strings.
 *
 * @param reviewNeeded whether a person should check the reading (false until completed)
 */
public record AnalysisSummary(UUID id, AnalysisStatus status, String reference, Instant createdAt,
                              Instant completedAt, String scheme, String fileName, String documentType,
                              String verdict, BigDecimal lineItemsTotal, BigDecimal recoverable,
                              boolean reviewNeeded) {
}

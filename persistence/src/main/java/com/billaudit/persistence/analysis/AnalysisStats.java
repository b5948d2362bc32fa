package com.billaudit.persistence.analysis;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a dashboard shows for a period.
 *
 * @param byStatus            count per status code
 * @param byVerdict           count per verdict code, completed analyses only
 * @param billed              sum of line-item totals of completed analyses
 * @param recoverable         sum of recoverable amounts of completed analyses
 * @param reviewNeeded        completed analyses a person should check (contract 1.1 {@code review})
 * @param processingSeconds   p50, p90, p99 and max of completedAt − createdAt, in seconds
 */
public record AnalysisStats(long total, Map<String, Long> byStatus, Map<String, Long> byVerdict, BigDecimal billed,
                            BigDecimal recoverable, long reviewNeeded, Map<String, Double> processingSeconds) {
}

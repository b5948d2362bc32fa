package com.billaudit.persistence.analysis;

import java.time.Instant;

/**
 * A query over analyses, newest first. Every field but {@code limit} may be null.
 *
 * @param ownerKeyId only this owner's analyses; null for all (an admin)
 * @param cursor     the {@code nextCursor} of the previous page
 */
public record AnalysisFilter(String ownerKeyId, AnalysisStatus status, String verdict, Instant since,
                             Instant until, int limit, String cursor) {
}

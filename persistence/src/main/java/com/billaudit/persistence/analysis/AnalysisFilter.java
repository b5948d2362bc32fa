package com.billaudit.persistence.analysis;

import java.time.Instant;

/**
 * A query over analyses, newest first. Every field but {@code limit} may be null.
 *
 * @param ownerKeyId only this owner's analyses; null for all (an admin)
 * @param cursor       the {@code nextCursor} of the previous page
 * @param reviewNeeded only analyses that need (true) or do not need (false) a person's review
 */
public record AnalysisFilter(String ownerKeyId, AnalysisStatus status, String verdict, Instant since,
                             Instant until, int limit, String cursor, Boolean reviewNeeded) {

    /** Any review state. */
    public AnalysisFilter(String ownerKeyId, AnalysisStatus status, String verdict, Instant since, Instant until,
                          int limit, String cursor) {
        this(ownerKeyId, status, verdict, since, until, limit, cursor, null);
    }
}

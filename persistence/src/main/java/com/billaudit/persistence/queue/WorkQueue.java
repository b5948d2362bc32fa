package com.billaudit.persistence.queue;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.persistence.Database;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The analyses table used as a work queue: workers of any number of server processes claim
 * queued analyses with {@code FOR UPDATE SKIP LOCKED} under a lease; an analysis whose lease ran
 * out (its worker crashed or was stopped) is claimed again, and one that has used up its attempts
 * is failed, so every accepted upload ends completed or failed.
 */
public final class WorkQueue {

    public WorkQueue(Database database, int maxAttempts) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Claims the oldest runnable analysis (queued, or processing with an expired lease). */
    public Optional<ClaimedJob> claim(String workerId, Duration lease) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Extends the lease of a job this worker holds; false when the worker no longer holds it. */
    public boolean extendLease(UUID analysisId, String workerId, Duration lease) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Stores the report and marks the analysis completed; false when the worker no longer holds it. */
    public boolean complete(UUID analysisId, String workerId, AnalysisReport report) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Marks the analysis failed with a stable error code; false when the worker no longer holds it. */
    public boolean fail(UUID analysisId, String workerId, String code, String message) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Hands the worker's held jobs back to the queue at shutdown, without spending an attempt. */
    public int release(String workerId) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Number of analyses waiting to be claimed. */
    public long depth() {
        throw new UnsupportedOperationException("TODO");
    }
}

package com.billaudit.server.worker;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.persistence.analysis.StoredAnalysis;
import com.billaudit.persistence.queue.ClaimedJob;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Port: the queue the workers take analyses from (the database's WorkQueue in production). */
public interface JobQueue {

    Optional<ClaimedJob> claim(String workerId, Duration lease);

    boolean extendLease(UUID analysisId, String workerId, Duration lease);

    /** The analysis as stored once completed; empty when the worker no longer held it. */
    Optional<StoredAnalysis> complete(UUID analysisId, String workerId, AnalysisReport report);

    boolean fail(UUID analysisId, String workerId, String code, String message);

    /** Hands {@code analysisIds} held by this worker back to the queue without spending an attempt. */
    int release(String workerId, Set<UUID> analysisIds);
}

package com.billaudit.server.worker;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.persistence.analysis.StoredAnalysis;
import com.billaudit.persistence.queue.ClaimedJob;
import com.billaudit.persistence.queue.WorkQueue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The database work queue as the workers' {@link JobQueue}. */
public record WorkQueueJobs(WorkQueue queue) implements JobQueue {

    @Override
    public Optional<ClaimedJob> claim(String workerId, Duration lease) {
        return queue.claim(workerId, lease);
    }

    @Override
    public boolean extendLease(UUID analysisId, String workerId, Duration lease) {
        return queue.extendLease(analysisId, workerId, lease);
    }

    @Override
    public Optional<StoredAnalysis> complete(UUID analysisId, String workerId, AnalysisReport report) {
        return queue.complete(analysisId, workerId, report);
    }

    @Override
    public boolean fail(UUID analysisId, String workerId, String code, String message) {
        return queue.fail(analysisId, workerId, code, message);
    }

    @Override
    public int release(String workerId, Set<UUID> analysisIds) {
        return queue.release(workerId, analysisIds);
    }
}

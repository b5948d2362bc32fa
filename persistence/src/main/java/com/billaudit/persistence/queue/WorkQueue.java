package com.billaudit.persistence.queue;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.persistence.Database;
import com.billaudit.persistence.analysis.DocumentInfoMapper;
import com.billaudit.persistence.analysis.ReportJson;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The analyses table used as a work queue: workers of any number of server processes claim
 * queued analyses with {@code FOR UPDATE SKIP LOCKED} under a lease; an analysis whose lease ran
 * out (its worker crashed or was stopped) is claimed again, and one that has used up its attempts
 * is failed, so every accepted upload ends completed or failed.
 * All times are the database's clock, so processes with skewed clocks agree on who holds what.
 */
public final class WorkQueue {
    public static final String ATTEMPTS_EXHAUSTED = "attempts_exhausted";
    private static final String RUNNABLE = """
            (status = 'queued' OR (status = 'processing' AND lease_until < clock_timestamp()))""";
    private static final String HELD_BY_WORKER = " id = :id AND status = 'processing' AND lease_owner = :worker";

    private final Jdbi jdbi;
    private final int maxAttempts;

    public WorkQueue(Database database, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.jdbi = database.jdbi();
        this.maxAttempts = maxAttempts;
    }

    /** Claims the oldest runnable analysis (queued, or processing with an expired lease). */
    public Optional<ClaimedJob> claim(String workerId, Duration lease) {
        return jdbi.inTransaction(handle -> {
            while (true) {
                Optional<Candidate> candidate = nextRunnable(handle);
                if (candidate.isEmpty()) {
                    return Optional.empty();
                }
                UUID id = candidate.get().id();
                if (candidate.get().attempts() >= maxAttempts) {
                    failExhausted(handle, id, candidate.get().attempts());
                    continue;
                }
                return Optional.of(take(handle, id, workerId, lease));
            }
        });
    }

    private record Candidate(UUID id, int attempts) {
    }

    /** Locks the oldest runnable row; rows other workers are claiming right now are skipped, not waited for. */
    private static Optional<Candidate> nextRunnable(Handle handle) {
        return handle.createQuery("SELECT id, attempts FROM analyses WHERE " + RUNNABLE
                        + " ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .map((rs, ctx) -> new Candidate(rs.getObject("id", UUID.class), rs.getInt("attempts")))
                .findOne();
    }

    private static void failExhausted(Handle handle, UUID id, int attempts) {
        handle.createUpdate("""
                        UPDATE analyses SET status = 'failed', completed_at = clock_timestamp(), lease_owner = NULL,
                               lease_until = NULL, error_code = :code, error_message = :message
                        WHERE id = :id""")
                .bind("id", id)
                .bind("code", ATTEMPTS_EXHAUSTED)
                .bind("message", "The analysis was attempted " + attempts + " times without finishing")
                .execute();
    }

    private static ClaimedJob take(Handle handle, UUID id, String workerId, Duration lease) {
        return handle.createQuery("""
                        WITH claimed AS (
                            UPDATE analyses SET status = 'processing', attempts = attempts + 1, lease_owner = :worker,
                                   lease_until = clock_timestamp() + :leaseMs * interval '1 millisecond',
                                   started_at = coalesce(started_at, clock_timestamp())
                            WHERE id = :id
                            RETURNING id, attempts, scheme, region, created_at)
                        SELECT c.id, c.attempts, c.scheme, c.region, c.created_at,
                               d.file_name, d.content_type, d.size_bytes, d.sha256, d.content
                        FROM claimed c JOIN documents d ON d.analysis_id = c.id""")
                .bind("id", id)
                .bind("worker", workerId)
                .bind("leaseMs", lease.toMillis())
                .map(new ClaimedJobMapper(new DocumentInfoMapper()))
                .one();
    }

    /** Extends the lease of a job this worker holds; false when the worker no longer holds it. */
    public boolean extendLease(UUID analysisId, String workerId, Duration lease) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE analyses SET lease_until = clock_timestamp() + :leaseMs * interval '1 millisecond'
                        WHERE """ + HELD_BY_WORKER)
                .bind("id", analysisId)
                .bind("worker", workerId)
                .bind("leaseMs", lease.toMillis())
                .execute()) == 1;
    }

    /** Stores the report and marks the analysis completed; false when the worker no longer holds it. */
    public boolean complete(UUID analysisId, String workerId, AnalysisReport report) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE analyses SET status = 'completed', completed_at = clock_timestamp(), lease_owner = NULL,
                               lease_until = NULL, error_code = NULL, error_message = NULL,
                               report = CAST(:report AS jsonb), verdict = :verdict, document_type = :documentType,
                               billed = :billed, recoverable = :recoverable, review_needed = :reviewNeeded
                        WHERE """ + HELD_BY_WORKER)
                .bind("id", analysisId)
                .bind("worker", workerId)
                .bind("report", ReportJson.write(report))
                .bind("verdict", report.verdict() == null ? null : report.verdict().code())
                .bind("documentType", report.documentType() == null ? null : report.documentType().code())
                .bind("billed", report.totals() == null ? null : report.totals().lineItems())
                .bind("recoverable", report.totals() == null ? null : report.totals().recoverable())
                .bind("reviewNeeded", report.review().needed())
                .execute()) == 1;
    }

    /** Marks the analysis failed with a stable error code; false when the worker no longer holds it. */
    public boolean fail(UUID analysisId, String workerId, String code, String message) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE analyses SET status = 'failed', completed_at = clock_timestamp(), lease_owner = NULL,
                               lease_until = NULL, error_code = :code, error_message = :message
                        WHERE """ + HELD_BY_WORKER)
                .bind("id", analysisId)
                .bind("worker", workerId)
                .bind("code", code)
                .bind("message", message)
                .execute()) == 1;
    }

    /**
     * Hands jobs the worker holds back to the queue at shutdown, without spending an attempt. Only
     * the ones named: a job that crashed its worker is not among them and keeps its spent attempt.
     */
    public int release(String workerId, Collection<UUID> analysisIds) {
        if (analysisIds.isEmpty()) {
            return 0;
        }
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE analyses SET status = 'queued', attempts = greatest(attempts - 1, 0),
                               lease_owner = NULL, lease_until = NULL
                        WHERE status = 'processing' AND lease_owner = :worker AND id IN (<ids>)""")
                .bind("worker", workerId)
                .bindList("ids", List.copyOf(analysisIds))
                .execute());
    }

    /** How long the oldest analysis waiting to be claimed has waited; zero when none waits. */
    public Duration oldestWaiting() {
        double seconds = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT coalesce(extract(epoch FROM clock_timestamp() - min(created_at)), 0) FROM analyses WHERE "
                                + RUNNABLE)
                .mapTo(Double.class)
                .one());
        return Duration.ofMillis(Math.round(Math.max(0, seconds) * 1000));
    }

    /** Number of analyses waiting to be claimed (queued, or abandoned by a worker whose lease ran out). */
    public long depth() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM analyses WHERE " + RUNNABLE)
                .mapTo(Long.class)
                .one());
    }

    /** Seconds the longest-waiting runnable analysis has waited since its upload; 0 when none waits. */
    public double oldestWaitingSeconds() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - "
                        + "min(created_at)), 0)::float8 FROM analyses WHERE " + RUNNABLE)
                .mapTo(Double.class)
                .one());
    }
}

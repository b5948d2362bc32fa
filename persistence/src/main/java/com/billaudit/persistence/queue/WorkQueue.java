package com.billaudit.persistence.queue;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.persistence.Database;
import com.billaudit.persistence.analysis.DocumentInfoMapper;
import com.billaudit.persistence.analysis.ReportJson;
import com.billaudit.persistence.analysis.StoredAnalysis;
import com.billaudit.persistence.analysis.StoredAnalysisMapper;
import com.billaudit.pipeline.ProgressStage;
import org.jdbi.v3.core.mapper.RowMapper;
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

    /**
     * Claims the oldest runnable analysis (queued, or processing with an expired lease). One
     * statement a try: the oldest runnable row is locked (rows other workers are claiming right
     * now are skipped, not waited for) and either claimed, its progress set to the pipeline's
     * first stage, or, when it has used up its attempts, failed, after which the next is tried.
     */
    public Optional<ClaimedJob> claim(String workerId, Duration lease) {
        return jdbi.withHandle(handle -> {
            while (true) {
                ClaimAttempt attempt = handle.createQuery(CLAIM)
                        .bind("worker", workerId)
                        .bind("leaseMs", lease.toMillis())
                        .bind("maxAttempts", maxAttempts)
                        .bind("code", ATTEMPTS_EXHAUSTED)
                        .bind("stage", ProgressStage.INTAKE.code())
                        .map(CLAIM_MAPPER)
                        .one();
                if (!attempt.exhausted()) {
                    return Optional.ofNullable(attempt.job());
                }
            }
        });
    }

    private static final String CLAIM = """
            WITH next AS (
                SELECT id, attempts FROM analyses WHERE """ + RUNNABLE + """

                ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED),
            exhausted AS (
                UPDATE analyses a SET status = 'failed', completed_at = clock_timestamp(), lease_owner = NULL,
                       lease_until = NULL, error_code = :code,
                       error_message = 'The analysis was attempted ' || next.attempts || ' times without finishing'
                FROM next WHERE a.id = next.id AND next.attempts >= :maxAttempts
                RETURNING a.id),
            claimed AS (
                UPDATE analyses a SET status = 'processing', attempts = a.attempts + 1, lease_owner = :worker,
                       lease_until = clock_timestamp() + :leaseMs * interval '1 millisecond',
                       started_at = coalesce(a.started_at, clock_timestamp()),
                       progress_stage = :stage, progress_pages_done = 0, progress_pages = NULL
                FROM next WHERE a.id = next.id AND next.attempts < :maxAttempts
                RETURNING a.id, a.attempts, a.scheme, a.region, a.created_at)
            SELECT e.id IS NOT NULL AS exhausted, c.id, c.attempts, c.scheme, c.region, c.created_at,
                   d.file_name, d.content_type, d.size_bytes, d.sha256, d.content
            FROM (SELECT 1) AS one
            LEFT JOIN exhausted e ON true
            LEFT JOIN claimed c ON true
            LEFT JOIN documents d ON d.analysis_id = c.id""";

    private static final ClaimedJobMapper JOBS = new ClaimedJobMapper(new DocumentInfoMapper());
    private static final RowMapper<ClaimAttempt> CLAIM_MAPPER = (rs, ctx) -> new ClaimAttempt(
            rs.getBoolean("exhausted"), rs.getObject("id", UUID.class) == null ? null : JOBS.map(rs, ctx));

    /** One try: nothing runnable (no job, not exhausted), a claimed job, or a row failed for its attempts. */
    private record ClaimAttempt(boolean exhausted, ClaimedJob job) {
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

    /**
     * Stores the report and marks the analysis completed; returns the analysis as now stored, with
     * this very report (not read back from its JSON), or empty when the worker no longer holds it.
     */
    public Optional<StoredAnalysis> complete(UUID analysisId, String workerId, AnalysisReport report) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        WITH done AS (
                            UPDATE analyses SET status = 'completed', completed_at = clock_timestamp(), lease_owner = NULL,
                                   lease_until = NULL, error_code = NULL, error_message = NULL,
                                   report = CAST(:report AS jsonb), verdict = :verdict, document_type = :documentType,
                                   billed = :billed, recoverable = :recoverable, review_needed = :reviewNeeded
                            WHERE""" + HELD_BY_WORKER + """

                            RETURNING id, status, owner_key_id, reference, created_at, completed_at, scheme, region,
                                      currency, error_code, error_message, progress_stage, progress_pages_done,
                                      progress_pages)
                        SELECT a.*, d.file_name, d.content_type, d.size_bytes, d.sha256
                        FROM done a LEFT JOIN documents d ON d.analysis_id = a.id""")
                .bind("id", analysisId)
                .bind("worker", workerId)
                .bind("report", ReportJson.write(report))
                .bind("verdict", report.verdict() == null ? null : report.verdict().code())
                .bind("documentType", report.documentType() == null ? null : report.documentType().code())
                .bind("billed", report.totals() == null ? null : report.totals().lineItems())
                .bind("recoverable", report.totals() == null ? null : report.totals().recoverable())
                .bind("reviewNeeded", report.review().needed())
                .map(new StoredAnalysisMapper(report))
                .findOne());
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

package com.billaudit.persistence.queue;

import com.billaudit.domain.Verdict;
import com.billaudit.persistence.Database;
import com.billaudit.persistence.FreshSchema;
import com.billaudit.persistence.Samples;
import com.billaudit.persistence.analysis.AnalysisRepository;
import com.billaudit.persistence.analysis.AnalysisStatus;
import com.billaudit.persistence.analysis.StoredAnalysis;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkQueueTest {
    private static final Duration LONG_LEASE = Duration.ofMinutes(5);
    private static final Duration SHORT_LEASE = Duration.ofMillis(100);

    @AutoClose
    private static final FreshSchema schema = FreshSchema.create();
    private static final AnalysisRepository analyses = new AnalysisRepository(schema.database());
    private static final WorkQueue queue = new WorkQueue(schema.database(), 3);

    @BeforeEach
    void empty() {
        schema.empty("analyses");
    }

    @Test
    void claimsTheOldestQueuedAnalysisOnceWithEverythingToRunIt() {
        UUID first = upload();
        UUID second = upload();

        ClaimedJob job = queue.claim("w1", LONG_LEASE).orElseThrow();
        ClaimedJob next = queue.claim("w2", LONG_LEASE).orElseThrow();

        assertEquals(first, job.analysisId());
        assertEquals(1, job.attempt());
        assertEquals("TEST", job.scheme());
        assertEquals("DL", job.region());
        assertEquals(Samples.document("bill.txt"), job.document());
        assertEquals(second, next.analysisId());
        assertTrue(queue.claim("w3", LONG_LEASE).isEmpty());
        assertEquals(AnalysisStatus.PROCESSING, analyses.status(first).orElseThrow());
        assertEquals(0, queue.depth());
    }

    @Test
    void onlyTheWorkerHoldingTheLeaseCanFinishTheJob() {
        UUID id = upload();
        queue.claim("w1", LONG_LEASE).orElseThrow();

        assertFalse(queue.complete(id, "w2", Samples.report(Verdict.OK, "10.00", "0.00")).isPresent());
        assertFalse(queue.fail(id, "w2", "analysis_error", "no"));
        assertFalse(queue.extendLease(id, "w2", LONG_LEASE));
        assertTrue(queue.extendLease(id, "w1", LONG_LEASE));
        assertTrue(queue.fail(id, "w1", "unsupported_document", "Not a document we can read"));
        assertFalse(queue.complete(id, "w1", Samples.report(Verdict.OK, "10.00", "0.00")).isPresent());

        StoredAnalysis stored = analyses.find(id, null).orElseThrow();
        assertEquals(AnalysisStatus.FAILED, stored.status());
        assertEquals("unsupported_document", stored.error().code());
        assertEquals("Not a document we can read", stored.error().message());
    }

    @Test
    void aJobWhoseLeaseRanOutIsClaimedByAnotherWorker() throws InterruptedException {
        UUID id = upload();
        queue.claim("crashed", SHORT_LEASE).orElseThrow();
        assertTrue(queue.claim("w2", LONG_LEASE).isEmpty());

        Thread.sleep(SHORT_LEASE.toMillis() * 3);
        assertEquals(1, queue.depth());
        ClaimedJob recovered = queue.claim("w2", LONG_LEASE).orElseThrow();

        assertEquals(id, recovered.analysisId());
        assertEquals(2, recovered.attempt());
        assertFalse(queue.complete(id, "crashed", Samples.report(Verdict.OK, "10.00", "0.00")).isPresent());
        assertTrue(queue.complete(id, "w2", Samples.report(Verdict.OK, "10.00", "0.00")).isPresent());
        assertEquals(AnalysisStatus.COMPLETED, analyses.status(id).orElseThrow());
    }

    @Test
    void extendingTheLeaseKeepsTheJob() throws InterruptedException {
        UUID id = upload();
        queue.claim("w1", SHORT_LEASE).orElseThrow();
        assertTrue(queue.extendLease(id, "w1", LONG_LEASE));

        Thread.sleep(SHORT_LEASE.toMillis() * 3);

        assertTrue(queue.claim("w2", LONG_LEASE).isEmpty());
    }

    @Test
    void anAnalysisThatUsedUpItsAttemptsIsFailed() throws InterruptedException {
        WorkQueue twice = new WorkQueue(schema.database(), 2);
        UUID id = upload();
        assertEquals(1, twice.claim("w1", SHORT_LEASE).orElseThrow().attempt());
        Thread.sleep(SHORT_LEASE.toMillis() * 3);
        assertEquals(2, twice.claim("w2", SHORT_LEASE).orElseThrow().attempt());
        Thread.sleep(SHORT_LEASE.toMillis() * 3);
        UUID waiting = upload();

        Optional<ClaimedJob> next = twice.claim("w3", LONG_LEASE);

        assertEquals(waiting, next.orElseThrow().analysisId());
        StoredAnalysis exhausted = analyses.find(id, null).orElseThrow();
        assertEquals(AnalysisStatus.FAILED, exhausted.status());
        assertEquals(WorkQueue.ATTEMPTS_EXHAUSTED, exhausted.error().code());
        assertTrue(exhausted.completedAt() != null);
    }

    @Test
    void releaseHandsHeldJobsBackWithoutSpendingAnAttempt() {
        UUID id = upload();
        UUID other = upload();
        queue.claim("stopping", LONG_LEASE).orElseThrow();
        queue.claim("staying", LONG_LEASE).orElseThrow();

        assertEquals(1, queue.release("stopping", Set.of(id, other)));

        assertEquals(AnalysisStatus.QUEUED, analyses.status(id).orElseThrow());
        assertEquals(AnalysisStatus.PROCESSING, analyses.status(other).orElseThrow());
        assertEquals(1, queue.depth());
        ClaimedJob again = queue.claim("restarted", LONG_LEASE).orElseThrow();
        assertEquals(id, again.analysisId());
        assertEquals(1, again.attempt());
        assertEquals(0, queue.release("nobody", Set.of(id)));
    }

    @Test
    void onlyTheNamedJobsAreReleasedAJobThatCrashedItsWorkerKeepsItsSpentAttempt() {
        UUID crashed = upload();
        UUID interrupted = upload();
        queue.claim("stopping", LONG_LEASE).orElseThrow();
        queue.claim("stopping", LONG_LEASE).orElseThrow();

        assertEquals(1, queue.release("stopping", Set.of(interrupted)));

        assertEquals(AnalysisStatus.PROCESSING, analyses.status(crashed).orElseThrow());
        assertEquals(AnalysisStatus.QUEUED, analyses.status(interrupted).orElseThrow());
    }

    @Test
    void theOldestWaitingJobsAgeIsMeasuredOnTheDatabasesClock() {
        assertEquals(Duration.ZERO, queue.oldestWaiting());
        upload();

        Duration age = queue.oldestWaiting();
        assertTrue(!age.isNegative() && age.compareTo(Duration.ofMinutes(1)) < 0, age.toString());
    }

    @Test
    void workersOfTwoProcessesNeverHoldTheSameJob() throws Exception {
        int jobs = 40;
        for (int i = 0; i < jobs; i++) {
            upload();
        }
        try (Database secondProcess = Database.open(FreshSchema.settings(schema.name()))) {
            List<WorkQueue> processes = List.of(queue, new WorkQueue(secondProcess, 3));
            List<UUID> claimed = Collections.synchronizedList(new ArrayList<>());
            ConcurrentHashMap<UUID, String> holders = new ConcurrentHashMap<>();
            AtomicInteger overlaps = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
                List<Future<?>> workers = new ArrayList<>();
                for (int w = 0; w < 6; w++) {
                    WorkQueue process = processes.get(w % 2);
                    String workerId = "worker-" + w;
                    workers.add(pool.submit(() -> {
                        start.await();
                        for (Optional<ClaimedJob> job = process.claim(workerId, LONG_LEASE); job.isPresent();
                             job = process.claim(workerId, LONG_LEASE)) {
                            UUID id = job.get().analysisId();
                            claimed.add(id);
                            if (holders.putIfAbsent(id, workerId) != null) {
                                overlaps.incrementAndGet();
                            }
                            if (process.complete(id, workerId, Samples.report(Verdict.OK, "10.00", "0.00")).isEmpty()) {
                                overlaps.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> worker : workers) {
                    worker.get();
                }
            }

            assertEquals(0, overlaps.get());
            assertEquals(jobs, claimed.size());
            assertEquals(jobs, claimed.stream().distinct().count());
            assertEquals(jobs, analyses.stats(null, null, null).byStatus().get("completed"));
        }
    }

    private static UUID upload() {
        return analyses.create(Samples.upload("key-a", null)).id();
    }
}

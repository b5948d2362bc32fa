package com.billaudit.server.worker;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.domain.DocumentInfo;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.Totals;
import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.persistence.queue.ClaimedJob;
import com.billaudit.server.config.WorkerSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysisWorkersTest {
    private static final WorkerSettings SETTINGS = new WorkerSettings(2, Duration.ofMillis(300), 3, Duration.ofSeconds(30));

    private final InMemoryQueue queue = new InMemoryQueue();
    private final WorkSignal wakeUps = new WorkSignal(2);
    private final CompletionSignals completions = new CompletionSignals();
    private final AtomicInteger failures = new AtomicInteger();
    private AnalysisWorkers workers;

    @AfterEach
    void stop() throws InterruptedException {
        if (workers != null) {
            workers.stop(Duration.ofSeconds(2));
        }
    }

    @Test
    void uploadWakesAnIdleWorkerWhichCompletesAndSignals() throws Exception {
        start(job -> report());
        UUID id = queue.add();
        var signal = completions.subscribe(id);
        wakeUps.wake();

        assertTrue(CompletionSignals.await(signal, Duration.ofSeconds(15)), "woken before the 30 s idle poll");
        assertEquals("completed", queue.outcomes.get(id));
    }

    @Test
    void rejectedDocumentFailsWithItsReasonCode() throws Exception {
        start(job -> {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.ENCRYPTED, "password protected");
        });
        UUID id = queue.add();
        wakeUps.wake();

        awaitOutcome(id);
        assertEquals("failed:encrypted_document", queue.outcomes.get(id));
        assertEquals(1, failures.get());
    }

    @Test
    void unexpectedErrorFailsAsAnalysisError() throws Exception {
        start(job -> {
            throw new IllegalStateException("bug");
        });
        UUID id = queue.add();
        wakeUps.wake();

        awaitOutcome(id);
        assertEquals("failed:" + AnalysisWorkers.ANALYSIS_ERROR, queue.outcomes.get(id));
    }

    @Test
    void leaseIsExtendedWhileALongAnalysisRuns() throws Exception {
        start(job -> {
            sleep(700);
            return report();
        });
        UUID id = queue.add();
        wakeUps.wake();

        awaitOutcome(id);
        assertTrue(queue.extensions.get() >= 2, "extended every lease/3 = 100 ms");
    }

    @Test
    void stopInterruptsPastTheGraceAndReleasesHeldJobs() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        start(job -> {
            running.countDown();
            sleep(60_000);
            return report();
        });
        queue.add();
        wakeUps.wake();
        assertTrue(running.await(5, TimeUnit.SECONDS));

        assertEquals(1, workers.stop(Duration.ofMillis(100)));
        assertTrue(queue.outcomes.isEmpty(), "an interrupted analysis is released, not failed");
        workers = null;
    }

    private void start(JobRunner runner) {
        workers = new AnalysisWorkers(queue, runner, SETTINGS, wakeUps, completions, failures::incrementAndGet, "w-1");
        workers.start();
    }

    private void awaitOutcome(UUID id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!queue.outcomes.containsKey(id) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private static AnalysisReport report() {
        return new AnalysisReport(new DocumentInfo("b.txt", "text/plain", 1, "00", 1, null, null),
                DocumentType.NOT_A_BILL, null, 1.0, Totals.EMPTY, List.of(), List.of(), "", List.of(), List.of());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The queue contract in memory: claim hands each job out once; held jobs can be released. */
    private static final class InMemoryQueue implements JobQueue {
        final ConcurrentLinkedQueue<ClaimedJob> waiting = new ConcurrentLinkedQueue<>();
        final Map<UUID, String> held = new ConcurrentHashMap<>();
        final Map<UUID, String> outcomes = new ConcurrentHashMap<>();
        final AtomicInteger extensions = new AtomicInteger();

        UUID add() {
            UUID id = UUID.randomUUID();
            waiting.add(new ClaimedJob(id, 1, "TEST", null, Instant.EPOCH,
                    new DocumentInfo("b.txt", "text/plain", 1, "00", null, null, null), new byte[] {'x'}));
            return id;
        }

        @Override
        public Optional<ClaimedJob> claim(String workerId, Duration lease) {
            ClaimedJob job = waiting.poll();
            if (job != null) {
                held.put(job.analysisId(), workerId);
            }
            return Optional.ofNullable(job);
        }

        @Override
        public boolean extendLease(UUID analysisId, String workerId, Duration lease) {
            extensions.incrementAndGet();
            return workerId.equals(held.get(analysisId));
        }

        @Override
        public boolean complete(UUID analysisId, String workerId, AnalysisReport report) {
            held.remove(analysisId);
            outcomes.put(analysisId, "completed");
            return true;
        }

        @Override
        public boolean fail(UUID analysisId, String workerId, String code, String message) {
            held.remove(analysisId);
            outcomes.put(analysisId, "failed:" + code);
            return true;
        }

        @Override
        public int release(String workerId) {
            int released = 0;
            for (var entry : held.entrySet()) {
                if (entry.getValue().equals(workerId) && held.remove(entry.getKey(), workerId)) {
                    released++;
                }
            }
            return released;
        }
    }
}

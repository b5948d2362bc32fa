package com.billaudit.server.worker;

import com.billaudit.persistence.analysis.AnalysisStatus;
import com.billaudit.persistence.analysis.StoredAnalysis;
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
import java.util.Set;
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
    /** Counted down by the metrics callback, which runs just after the failure is stored. */
    private final CountDownLatch firstFailureCounted = new CountDownLatch(1);
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
        UUID id = UUID.randomUUID();
        var signal = completions.subscribe(id); // before the job exists: its finish cannot be missed
        queue.add(id);
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
        assertTrue(firstFailureCounted.await(5, TimeUnit.SECONDS));
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
        assertEquals("failed:" + JobFailures.ANALYSIS_ERROR, queue.outcomes.get(id));
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
        assertTrue(queue.extensions.get() >= 2, "renewed every lease/4 = 75 ms");
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

    @Test
    void shutdownHandsAnInterruptedAnalysisBackWithItsAttemptNotSpent() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        start(job -> {
            running.countDown();
            try {
                new CountDownLatch(1).await(); // an analysis that only ends when interrupted
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AnalysisInterruptedExceptionLike(e);
            }
            return report();
        });
        UUID id = queue.add();
        wakeUps.wake();
        assertTrue(running.await(5, TimeUnit.SECONDS));

        assertEquals(1, workers.stop(Duration.ofMillis(50)));
        workers = null;

        assertEquals(null, queue.outcomes.get(id), "not failed");
        assertEquals(0, queue.attempts.get(id), "the attempt is given back");
        assertTrue(queue.waiting.stream().anyMatch(j -> j.analysisId().equals(id)), "queued again");
    }

    @Test
    void anErrorFailsItsAnalysisAtOnceWithoutRetryAndTheWorkerGoesOn() throws Exception {
        AtomicInteger crashes = new AtomicInteger();
        UUID poison = queue.add();
        start(job -> {
            if (job.analysisId().equals(poison)) {
                crashes.incrementAndGet();
                throw new StackOverflowError("a document nested too deeply");
            }
            return report();
        });
        wakeUps.wake();
        awaitOutcome(poison);
        UUID valid = UUID.randomUUID();
        var done = completions.subscribe(valid);
        queue.add(valid);
        wakeUps.wake();

        assertTrue(CompletionSignals.await(done, Duration.ofSeconds(5)));
        assertEquals("failed:" + JobFailures.ANALYSIS_CRASHED, queue.outcomes.get(poison));
        assertEquals("completed", queue.outcomes.get(valid));
        assertEquals(1, crashes.get(), "claimed once, never retried");
        assertEquals(2, workers.alive());
        assertEquals(0, workers.stop(Duration.ofSeconds(1)), "a crashed analysis is not handed back at shutdown");
        workers = null;
    }

    @Test
    void runningOutOfMemoryInAJobIsResourceExhausted() throws Exception {
        start(job -> {
            throw new OutOfMemoryError("Java heap space");
        });
        UUID id = queue.add();
        wakeUps.wake();

        awaitOutcome(id);
        assertEquals("failed:" + JobFailures.RESOURCE_EXHAUSTED, queue.outcomes.get(id));
        assertEquals(2, workers.alive());
    }

    @Test
    void aWorkerThatDiesAnywayIsReplaced() throws Exception {
        queue.claimFailure = new Unreportable();
        UUID id = queue.add();
        var done = completions.subscribe(id);
        start(new WorkerSettings(1, Duration.ofMillis(300), 3, Duration.ofSeconds(30)), job -> report());
        wakeUps.wake();

        assertTrue(CompletionSignals.await(done, Duration.ofSeconds(10)), "the only worker died and its replacement ran the job");
        assertEquals("completed", queue.outcomes.get(id));
        assertEquals(1, workers.alive());
    }

    private void start(JobRunner runner) {
        start(SETTINGS, runner);
    }

    private void start(WorkerSettings settings, JobRunner runner) {
        workers = new AnalysisWorkers(queue, runner, settings, wakeUps, completions, this::failureCounted, "w-1");
        workers.start();
    }

    private void failureCounted() {
        failures.incrementAndGet();
        firstFailureCounted.countDown();
    }

    /** An error that fails again while it is being reported, so it escapes the worker loop's own handler. */
    private static final class Unreportable extends Error {
        @Override
        public String toString() {
            throw new StackOverflowError("while describing the error");
        }
    }

    /** Every outcome is signalled: the latch-like completion signal, registered before the job can finish. */
    private void awaitOutcome(UUID id) throws InterruptedException {
        assertTrue(queue.settled(id).await(5, TimeUnit.SECONDS), "analysis " + id + " settled");
    }

    private static AnalysisReport report() {
        return new AnalysisReport(new DocumentInfo("b.txt", "text/plain", 1, "00", 1, null, null),
                DocumentType.NOT_A_BILL, null, 1.0, Totals.EMPTY, List.of(), List.of(), "", List.of(), List.of());
    }

    /** What the pipeline throws when its thread is interrupted. */
    private static final class AnalysisInterruptedExceptionLike extends RuntimeException {
        AnalysisInterruptedExceptionLike(Throwable cause) {
            super(cause);
        }
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
        final Map<UUID, Integer> attempts = new ConcurrentHashMap<>();
        final Map<UUID, CountDownLatch> settled = new ConcurrentHashMap<>();
        final AtomicInteger extensions = new AtomicInteger();
        volatile Error claimFailure;

        UUID add() {
            return add(UUID.randomUUID());
        }

        UUID add(UUID id) {
            attempts.put(id, 0);
            settled(id);
            waiting.add(new ClaimedJob(id, 1, "TEST", null, Instant.EPOCH,
                    new DocumentInfo("b.txt", "text/plain", 1, "00", null, null, null), new byte[] {'x'}));
            return id;
        }

        CountDownLatch settled(UUID id) {
            return settled.computeIfAbsent(id, k -> new CountDownLatch(1));
        }

        @Override
        public Optional<ClaimedJob> claim(String workerId, Duration lease) {
            Error failure = claimFailure;
            if (failure != null) {
                claimFailure = null;
                throw failure;
            }
            ClaimedJob job = waiting.poll();
            if (job != null) {
                held.put(job.analysisId(), workerId);
                attempts.merge(job.analysisId(), 1, Integer::sum);
            }
            return Optional.ofNullable(job);
        }

        @Override
        public boolean extendLease(UUID analysisId, String workerId, Duration lease) {
            extensions.incrementAndGet();
            return workerId.equals(held.get(analysisId));
        }

        @Override
        public Optional<StoredAnalysis> complete(UUID analysisId, String workerId, AnalysisReport report) {
            held.remove(analysisId);
            outcomes.put(analysisId, "completed");
            settled(analysisId).countDown();
            return Optional.of(new StoredAnalysis(analysisId, AnalysisStatus.COMPLETED, null, null, Instant.EPOCH,
                    Instant.EPOCH, "SCHEME", null, "INR", report.document(), report, null));
        }

        @Override
        public boolean fail(UUID analysisId, String workerId, String code, String message) {
            held.remove(analysisId);
            outcomes.put(analysisId, "failed:" + code);
            settled(analysisId).countDown();
            return true;
        }

        /** Like the database's: only the named jobs this worker holds, their attempt given back. */
        @Override
        public int release(String workerId, Set<UUID> analysisIds) {
            int released = 0;
            for (UUID id : analysisIds) {
                if (held.remove(id, workerId)) {
                    attempts.merge(id, -1, Integer::sum);
                    waiting.add(new ClaimedJob(id, 1, "TEST", null, Instant.EPOCH,
                            new DocumentInfo("b.txt", "text/plain", 1, "00", null, null, null), new byte[] {'x'}));
                    released++;
                }
            }
            return released;
        }
    }
}

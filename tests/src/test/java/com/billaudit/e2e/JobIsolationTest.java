package com.billaudit.e2e;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.domain.DocumentInfo;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.Scheme;
import com.billaudit.domain.Totals;
import com.billaudit.persistence.Database;
import com.billaudit.persistence.DatabaseSettings;
import com.billaudit.persistence.analysis.AnalysisRepository;
import com.billaudit.persistence.analysis.AnalysisStatus;
import com.billaudit.persistence.analysis.NewAnalysis;
import com.billaudit.persistence.analysis.StoredAnalysis;
import com.billaudit.persistence.queue.WorkQueue;
import com.billaudit.persistence.scheme.SchemeRepository;
import com.billaudit.server.config.WorkerSettings;
import com.billaudit.server.worker.AnalysisWorkers;
import com.billaudit.server.worker.CompletionSignals;
import com.billaudit.server.worker.JobRunner;
import com.billaudit.server.worker.WorkQueueJobs;
import com.billaudit.server.worker.WorkSignal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job boundary against the real queue: a job that throws an {@link Error} (what a stack
 * overflow or an exhausted heap does) fails at once with its code, is never claimed again, and
 * the workers go on to complete the next analysis.
 */
class JobIsolationTest {
    private static final String POISON = "poison";
    private static final WorkerSettings TWO_WORKERS = new WorkerSettings(2, Duration.ofSeconds(1), 3, Duration.ofMillis(200));

    @Test
    void anErrorFailsItsAnalysisOnceAndBothWorkersGoOnToCompleteTheNext() throws Exception {
        try (Database database = Database.open(new DatabaseSettings(TestServer.freshDatabase(), null, null, 4))) {
            new SchemeRepository(database).upsert(new Scheme("TEST", "Test", "INR", new BigDecimal("0.10")));
            AnalysisRepository analyses = new AnalysisRepository(database);
            AtomicInteger crashes = new AtomicInteger();
            JobRunner runner = job -> {
                if (POISON.equals(new String(job.content(), StandardCharsets.UTF_8))) {
                    crashes.incrementAndGet();
                    throw new StackOverflowError("a document nested too deeply");
                }
                return notABill();
            };
            CompletionSignals completions = new CompletionSignals();
            WorkSignal wakeUps = new WorkSignal(2);
            AnalysisWorkers workers = new AnalysisWorkers(new WorkQueueJobs(new WorkQueue(database, 3)), runner, TWO_WORKERS,
                    wakeUps, completions, () -> { }, "isolation-test");
            UUID poison = upload(analyses, POISON);
            var poisonSettled = completions.subscribe(poison);
            workers.start();
            try {
                assertTrue(CompletionSignals.await(poisonSettled, Duration.ofSeconds(20)));
                UUID valid = upload(analyses, "a valid bill");
                var validSettled = completions.subscribe(valid);
                wakeUps.wakeAll();
                // as the server's waiter does: the signal, or a finish that came before the subscription
                assertTrue(analyses.status(valid).orElseThrow().isFinished()
                        || CompletionSignals.await(validSettled, Duration.ofSeconds(20)));

                StoredAnalysis crashed = analyses.find(poison, null).orElseThrow();
                assertEquals(AnalysisStatus.FAILED, crashed.status());
                assertEquals("analysis_crashed", crashed.error().code());
                assertEquals(AnalysisStatus.COMPLETED, analyses.status(valid).orElseThrow());
                assertEquals(1, crashes.get(), "claimed once: not retried after its 1 s lease");
                assertEquals(2, workers.alive());
            } finally {
                assertEquals(0, workers.stop(Duration.ofSeconds(5)), "nothing in flight to hand back");
            }
            assertEquals(1, crashes.get());
        }
    }

    @Test
    void shutdownHandsTheAnalysisInFlightBackToTheQueueWithItsAttemptNotSpent() throws Exception {
        try (Database database = Database.open(new DatabaseSettings(TestServer.freshDatabase(), null, null, 4))) {
            new SchemeRepository(database).upsert(new Scheme("TEST", "Test", "INR", new BigDecimal("0.10")));
            AnalysisRepository analyses = new AnalysisRepository(database);
            WorkQueue queue = new WorkQueue(database, 3);
            CountDownLatch running = new CountDownLatch(1);
            JobRunner slow = job -> {
                running.countDown();
                try {
                    new CountDownLatch(1).await(); // reading a long scan: only an interrupt ends it
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted");
                }
                return notABill();
            };
            AnalysisWorkers workers = new AnalysisWorkers(new WorkQueueJobs(queue), slow, TWO_WORKERS, new WorkSignal(2),
                    new CompletionSignals(), () -> { }, "stopping-process");
            UUID id = upload(analyses, "a long scan");
            workers.start();
            assertTrue(running.await(20, TimeUnit.SECONDS));

            assertEquals(1, workers.stop(Duration.ofMillis(100)));

            assertEquals(AnalysisStatus.QUEUED, analyses.status(id).orElseThrow(), "handed back, not failed");
            assertEquals(1, queue.claim("restarted-process", Duration.ofSeconds(10)).orElseThrow().attempt(),
                    "the interrupted attempt was given back");
        }
    }

    private static UUID upload(AnalysisRepository analyses, String content) {
        DocumentInfo document = new DocumentInfo("bill.txt", "text/plain", content.length(), "ab".repeat(32), null, null, null);
        return analyses.create(new NewAnalysis("owner", null, "TEST", null, "INR", null, document,
                content.getBytes(StandardCharsets.UTF_8))).id();
    }

    private static AnalysisReport notABill() {
        return new AnalysisReport(new DocumentInfo("bill.txt", "text/plain", 1, "ab".repeat(32), 1, null, null),
                DocumentType.NOT_A_BILL, null, 1.0, Totals.EMPTY, List.of(), List.of(), "", List.of(), List.of());
    }
}

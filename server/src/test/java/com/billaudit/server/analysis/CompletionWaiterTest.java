package com.billaudit.server.analysis;

import com.billaudit.persistence.analysis.AnalysisStatus;
import com.billaudit.persistence.analysis.StoredAnalysis;
import com.billaudit.server.worker.CompletionSignals;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompletionWaiterTest {
    private final CompletionSignals signals = new CompletionSignals();
    private final AtomicReference<AnalysisStatus> stored = new AtomicReference<>(AnalysisStatus.QUEUED);
    private final CompletionWaiter waiter = new CompletionWaiter(signals, id -> Optional.of(stored.get()),
            Duration.ofSeconds(30));

    @Test
    void localWorkerSignalEndsTheWaitLongBeforeThePoll() {
        UUID id = UUID.randomUUID();
        Thread.ofVirtual().start(() -> {
            sleep(100);
            stored.set(AnalysisStatus.COMPLETED);
            signals.finished(id, null);
        });

        long start = System.nanoTime();
        assertTrue(waiter.await(id, Duration.ofSeconds(20)).finished());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
    }

    @Test
    void theLocalWorkerHandsOverTheAnalysisItStored() {
        UUID id = UUID.randomUUID();
        StoredAnalysis completed = new StoredAnalysis(id, AnalysisStatus.COMPLETED, null, null, Instant.EPOCH,
                Instant.EPOCH, "PMJAY", null, "INR", null, null, null);
        Thread.ofVirtual().start(() -> {
            sleep(100);
            stored.set(AnalysisStatus.COMPLETED);
            signals.finished(id, completed);
        });

        assertEquals(new CompletionWaiter.Outcome(true, Optional.of(completed)), waiter.await(id, Duration.ofSeconds(20)));
        assertEquals(new CompletionWaiter.Outcome(true, Optional.empty()), waiter.await(id, Duration.ofSeconds(1)),
                "finished before the wait began: the caller reads it");
    }

    @Test
    void anotherReplicaFinishingIsSeenByPolling() {
        CompletionWaiter polling = new CompletionWaiter(signals, id -> Optional.of(stored.get()), Duration.ofMillis(50));
        Thread.ofVirtual().start(() -> {
            sleep(150);
            stored.set(AnalysisStatus.FAILED);
        });

        assertTrue(polling.await(UUID.randomUUID(), Duration.ofSeconds(5)).finished());
    }

    @Test
    void unfinishedAnalysisTimesOut() {
        assertFalse(waiter.await(UUID.randomUUID(), Duration.ofMillis(100)).finished());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

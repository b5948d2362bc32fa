package com.billaudit.server.worker;

import com.billaudit.persistence.analysis.StoredAnalysis;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Per-analysis "finished" signals from the local workers, so that {@code POST ?wait=} answers the
 * moment its analysis ends here, with the completed analysis as the worker stored it when it has
 * it (so the answer needs neither another read nor the stored report parsed back). Only waiters
 * create entries, and they remove them.
 */
public final class CompletionSignals {
    private final Map<UUID, CompletableFuture<Optional<StoredAnalysis>>> waiting = new ConcurrentHashMap<>();

    /** Registers interest before the caller checks the stored status, so no finish is missed. */
    public CompletableFuture<Optional<StoredAnalysis>> subscribe(UUID analysisId) {
        return waiting.computeIfAbsent(analysisId, id -> new CompletableFuture<>());
    }

    public void unsubscribe(UUID analysisId, CompletableFuture<Optional<StoredAnalysis>> signal) {
        waiting.remove(analysisId, signal);
    }

    /**
     * Called by a local worker when the analysis completed or failed.
     *
     * @param stored the analysis as stored on completion, or null when the waiter must read it
     */
    public void finished(UUID analysisId, StoredAnalysis stored) {
        CompletableFuture<Optional<StoredAnalysis>> signal = waiting.remove(analysisId);
        if (signal != null) {
            signal.complete(Optional.ofNullable(stored));
        }
    }

    /** Waits on {@code signal} up to {@code timeout}; true when it fired. */
    public static boolean await(CompletableFuture<?> signal, Duration timeout) throws InterruptedException {
        try {
            signal.get(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("completion signals never fail", e);
        }
    }

    int pending() {
        return waiting.size();
    }
}

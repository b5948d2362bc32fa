package com.billaudit.server.worker;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Per-analysis "finished" signals from the local workers, so that {@code POST ?wait=} answers the
 * moment its analysis ends here. Only waiters create entries, and they remove them.
 */
public final class CompletionSignals {
    private final Map<UUID, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    /** Registers interest before the caller checks the stored status, so no finish is missed. */
    public CompletableFuture<Void> subscribe(UUID analysisId) {
        return waiting.computeIfAbsent(analysisId, id -> new CompletableFuture<>());
    }

    public void unsubscribe(UUID analysisId, CompletableFuture<Void> signal) {
        waiting.remove(analysisId, signal);
    }

    /** Called by a local worker when the analysis completed or failed. */
    public void finished(UUID analysisId) {
        CompletableFuture<Void> signal = waiting.remove(analysisId);
        if (signal != null) {
            signal.complete(null);
        }
    }

    /** Waits on {@code signal} up to {@code timeout}; true when it fired. */
    public static boolean await(CompletableFuture<Void> signal, Duration timeout) throws InterruptedException {
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

package com.billaudit.server.analysis;

import com.billaudit.persistence.analysis.AnalysisStatus;
import com.billaudit.server.worker.CompletionSignals;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Waits for an analysis to finish: woken at once by a local worker's signal, and polling the
 * stored status slowly in case another replica runs it.
 */
public final class CompletionWaiter {
    private final CompletionSignals signals;
    private final Function<UUID, Optional<AnalysisStatus>> statusLookup;
    private final Duration pollInterval;

    public CompletionWaiter(CompletionSignals signals, Function<UUID, Optional<AnalysisStatus>> statusLookup,
                            Duration pollInterval) {
        this.signals = signals;
        this.statusLookup = statusLookup;
        this.pollInterval = pollInterval;
    }

    /** True when the analysis finished within {@code wait}; false on timeout or interruption (flag kept). */
    public boolean awaitFinished(UUID id, Duration wait) {
        CompletableFuture<Void> signal = signals.subscribe(id);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (!finished(id)) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return false;
                }
                if (CompletionSignals.await(signal, Duration.ofNanos(Math.min(remaining, pollInterval.toNanos())))) {
                    return true;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            signals.unsubscribe(id, signal);
        }
    }

    private boolean finished(UUID id) {
        return statusLookup.apply(id).map(AnalysisStatus::isFinished).orElse(true);
    }
}

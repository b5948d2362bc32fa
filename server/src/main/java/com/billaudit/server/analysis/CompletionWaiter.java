package com.billaudit.server.analysis;

import com.billaudit.persistence.analysis.AnalysisStatus;
import com.billaudit.persistence.analysis.StoredAnalysis;
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

    /**
     * Waits up to {@code wait} for the analysis to finish: not finished on timeout or interruption
     * (flag kept). When a local worker completed the analysis, the outcome carries the analysis as
     * that worker stored it, so the caller need not read it back.
     */
    public Outcome await(UUID id, Duration wait) {
        CompletableFuture<Optional<StoredAnalysis>> signal = signals.subscribe(id);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (!finished(id)) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return Outcome.NOT_FINISHED;
                }
                if (CompletionSignals.await(signal, Duration.ofNanos(Math.min(remaining, pollInterval.toNanos())))) {
                    return new Outcome(true, signal.getNow(Optional.empty()));
                }
            }
            return Outcome.FINISHED_ELSEWHERE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.NOT_FINISHED;
        } finally {
            signals.unsubscribe(id, signal);
        }
    }

    /**
     * @param stored the completed analysis as its local worker stored it; empty when it finished
     *               before the wait began, on another replica, failed, or did not finish
     */
    public record Outcome(boolean finished, Optional<StoredAnalysis> stored) {
        static final Outcome NOT_FINISHED = new Outcome(false, Optional.empty());
        static final Outcome FINISHED_ELSEWHERE = new Outcome(true, Optional.empty());
    }

    private boolean finished(UUID id) {
        return statusLookup.apply(id).map(AnalysisStatus::isFinished).orElse(true);
    }
}

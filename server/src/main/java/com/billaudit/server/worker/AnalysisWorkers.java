package com.billaudit.server.worker;

import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.persistence.queue.ClaimedJob;
import com.billaudit.server.config.WorkerSettings;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * WORKERS virtual-thread loops: claim an analysis, run it while a timer extends its lease, store
 * the outcome, signal waiters. Idle loops sleep until an upload wakes them or the poll interval ends.
 */
public final class AnalysisWorkers {
    static final String ANALYSIS_ERROR = "analysis_error";
    private static final System.Logger LOG = System.getLogger(AnalysisWorkers.class.getName());

    private final JobQueue queue;
    private final JobRunner runner;
    private final WorkerSettings settings;
    private final WorkSignal wakeUps;
    private final CompletionSignals completions;
    private final Runnable onFailure;
    private final String workerId;
    private final List<Thread> loops = new ArrayList<>();
    private final ScheduledExecutorService leaseTimer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("lease-timer").factory());
    private volatile boolean running;

    /** @param onFailure told of every analysis that ends failed (metrics) */
    public AnalysisWorkers(JobQueue queue, JobRunner runner, WorkerSettings settings, WorkSignal wakeUps,
                           CompletionSignals completions, Runnable onFailure, String workerId) {
        this.queue = queue;
        this.runner = runner;
        this.settings = settings;
        this.wakeUps = wakeUps;
        this.completions = completions;
        this.onFailure = onFailure;
        this.workerId = workerId;
    }

    public synchronized void start() {
        running = true;
        for (int i = 0; i < settings.workers(); i++) {
            loops.add(Thread.ofVirtual().name("analysis-worker-" + i).start(this::loop));
        }
    }

    private void loop() {
        while (running) {
            try {
                Optional<ClaimedJob> job = queue.claim(workerId, settings.lease());
                if (job.isPresent()) {
                    process(job.get());
                } else {
                    wakeUps.await(settings.idlePoll());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "worker loop: " + e.getMessage(), e);
                if (!pause()) {
                    return;
                }
            }
        }
    }

    private void process(ClaimedJob job) {
        Duration every = settings.lease().dividedBy(3);
        ScheduledFuture<?> keeper = leaseTimer.scheduleAtFixedRate(() -> extendLease(job), every.toMillis(),
                every.toMillis(), TimeUnit.MILLISECONDS);
        try {
            queue.complete(job.analysisId(), workerId, runner.run(job));
        } catch (DocumentRejectedException e) {
            fail(job, e.reason().code(), e.getMessage());
        } catch (RuntimeException e) {
            if (stoppedUnderUs()) {
                return; // released to the queue at shutdown, without spending an attempt
            }
            LOG.log(Level.ERROR, "analysis " + job.analysisId() + " failed", e);
            fail(job, ANALYSIS_ERROR, "The analysis failed unexpectedly");
        } finally {
            keeper.cancel(false);
            completions.finished(job.analysisId());
        }
    }

    private void fail(ClaimedJob job, String code, String message) {
        queue.fail(job.analysisId(), workerId, code, message);
        onFailure.run();
    }

    private void extendLease(ClaimedJob job) {
        try {
            if (!queue.extendLease(job.analysisId(), workerId, settings.lease())) {
                LOG.log(Level.WARNING, "lost the lease of analysis {0}", job.analysisId());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "extending the lease of " + job.analysisId() + " failed", e);
        }
    }

    private boolean stoppedUnderUs() {
        return !running && Thread.currentThread().isInterrupted();
    }

    /** Backs off after an error (e.g. the database is down); false when interrupted. */
    private boolean pause() {
        try {
            Thread.sleep(settings.idlePoll());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Stops claiming, lets running analyses finish within {@code grace}, interrupts the rest and
     * hands their jobs back to the queue.
     *
     * @return jobs released back to the queue
     */
    public synchronized int stop(Duration grace) throws InterruptedException {
        running = false;
        wakeUps.wakeAll();
        long deadline = System.nanoTime() + grace.toNanos();
        for (Thread loop : loops) {
            loop.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        }
        for (Thread loop : loops) {
            loop.interrupt();
        }
        for (Thread loop : loops) {
            loop.join(Duration.ofSeconds(1));
        }
        leaseTimer.shutdownNow();
        return queue.release(workerId);
    }
}

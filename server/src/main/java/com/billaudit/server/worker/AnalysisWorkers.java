package com.billaudit.server.worker;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.persistence.analysis.StoredAnalysis;
import com.billaudit.persistence.queue.ClaimedJob;
import com.billaudit.pipeline.AnalysisInterruptedException;
import com.billaudit.server.config.WorkerSettings;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * WORKERS virtual-thread loops: claim an analysis, run it while a heartbeat renews its short
 * lease, store the outcome, signal waiters. Idle loops sleep until an upload wakes them or the
 * poll interval ends.
 *
 * <p>Every job runs inside a boundary that catches every {@link Throwable}: an {@link Error} (a
 * stack overflow, memory exhausted) fails that analysis at once with its own code and is never
 * handed back to the queue, so it cannot go on to kill the next worker; the loop carries on. A
 * loop that dies anyway is replaced. On {@link #stop} the analyses still running go back to the
 * queue without spending an attempt.
 */
public final class AnalysisWorkers implements WorkerStatus {
    private static final System.Logger LOG = System.getLogger(AnalysisWorkers.class.getName());
    /** A replacement waits this long first, so a loop that dies at once does not spin. */
    private static final Duration REPLACEMENT_DELAY = Duration.ofSeconds(1);

    private final JobQueue queue;
    private final JobRunner runner;
    private final WorkerSettings settings;
    private final WorkSignal wakeUps;
    private final CompletionSignals completions;
    private final Runnable onFailure;
    private final String workerId;
    private final AtomicReferenceArray<Thread> loops;
    private final AtomicInteger alive = new AtomicInteger();
    /** Jobs claimed and not settled: what {@link #stop} hands back. A job that crashed is never in it. */
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("lease-heartbeat").factory());
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
        this.loops = new AtomicReferenceArray<>(settings.workers());
    }

    public synchronized void start() {
        running = true;
        for (int slot = 0; slot < settings.workers(); slot++) {
            startLoop(slot, false);
        }
    }

    @Override
    public int configured() {
        return settings.workers();
    }

    @Override
    public int alive() {
        return alive.get();
    }

    private void startLoop(int slot, boolean replacement) {
        alive.incrementAndGet();
        loops.set(slot, Thread.ofVirtual().name("analysis-worker-" + slot).start(() -> supervise(slot, replacement)));
    }

    /** Runs one loop; if it dies while the workers should run, a replacement takes its slot. */
    private void supervise(int slot, boolean replacement) {
        try {
            if (!replacement || pause(REPLACEMENT_DELAY)) {
                loop();
            }
        } catch (Throwable t) {
            LOG.log(Level.ERROR, "analysis worker " + slot + " died; replacing it", t);
        } finally {
            // in finally: even an error while reporting the death must not cost the slot
            alive.decrementAndGet();
            if (running && !Thread.currentThread().isInterrupted()) {
                startLoop(slot, true);
            }
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
            } catch (Throwable t) {
                // the database is down, or a failure could not be stored: back off and go on
                LOG.log(Level.WARNING, "worker loop: " + t, t);
                if (!pause(settings.idlePoll())) {
                    return;
                }
            }
        }
    }

    private void process(ClaimedJob job) {
        UUID id = job.analysisId();
        inFlight.add(id);
        long every = settings.heartbeat().toMillis();
        AtomicBoolean settling = new AtomicBoolean();
        ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(() -> renewLease(job, settling), every, every,
                TimeUnit.MILLISECONDS);
        boolean handBack = false;
        StoredAnalysis completed = null;
        try {
            AnalysisReport report = runner.run(job);
            settling.set(true);
            completed = queue.complete(id, workerId, report).orElse(null);
        } catch (Throwable t) {
            settling.set(true);
            handBack = settle(job, t);
        } finally {
            heartbeat.cancel(false);
            if (!handBack) {
                inFlight.remove(id);
            }
            completions.finished(id, completed);
        }
    }

    /** Fails the job by what ended it; true when it was cut short by shutdown and goes back to the queue. */
    private boolean settle(ClaimedJob job, Throwable failure) {
        JobFailures outcome = JobFailures.of(failure);
        if (failure instanceof Error) {
            // never handed back: it would be claimed again and crash the next worker
            inFlight.remove(job.analysisId());
            LOG.log(Level.ERROR, "analysis " + job.analysisId() + " crashed; failed for good", failure);
        } else if (cutShortByShutdown(failure)) {
            return true;
        } else if (outcome.code().equals(JobFailures.ANALYSIS_ERROR)) {
            LOG.log(Level.ERROR, "analysis " + job.analysisId() + " failed", failure);
        }
        queue.fail(job.analysisId(), workerId, outcome.code(), outcome.message());
        onFailure.run();
        return false;
    }

    private boolean cutShortByShutdown(Throwable failure) {
        return !running && (Thread.currentThread().isInterrupted() || failure instanceof AnalysisInterruptedException
                || failure instanceof CancellationException);
    }

    /** @param settling set once the job is being completed or failed, which ends its lease on purpose */
    private void renewLease(ClaimedJob job, AtomicBoolean settling) {
        try {
            if (!queue.extendLease(job.analysisId(), workerId, settings.lease()) && !settling.get()) {
                LOG.log(Level.WARNING, "lost the lease of analysis {0}", job.analysisId());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "renewing the lease of " + job.analysisId() + " failed", e);
        }
    }

    /** Backs off after an error (e.g. the database is down); false when interrupted. */
    private static boolean pause(Duration time) {
        try {
            Thread.sleep(time);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Stops claiming, lets running analyses finish within {@code grace}, interrupts the rest and
     * hands their jobs back to the queue without spending an attempt.
     *
     * @return jobs released back to the queue
     */
    public synchronized int stop(Duration grace) throws InterruptedException {
        running = false;
        wakeUps.wakeAll();
        long deadline = System.nanoTime() + grace.toNanos();
        for (int slot = 0; slot < loops.length(); slot++) {
            join(loops.get(slot), Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        }
        for (int slot = 0; slot < loops.length(); slot++) {
            Thread loop = loops.get(slot);
            if (loop != null) {
                loop.interrupt();
            }
        }
        for (int slot = 0; slot < loops.length(); slot++) {
            join(loops.get(slot), Duration.ofSeconds(1));
        }
        heartbeats.shutdownNow();
        return inFlight.isEmpty() ? 0 : queue.release(workerId, Set.copyOf(inFlight));
    }

    private static void join(Thread loop, Duration timeout) throws InterruptedException {
        if (loop != null) {
            loop.join(timeout);
        }
    }
}

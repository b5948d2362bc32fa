package com.billaudit.server.config;

import java.time.Duration;

/**
 * How analyses are worked off the queue.
 *
 * @param workers     concurrent analyses in this process
 * @param lease       how long a claimed job is held before another worker may take it over; renewed by a
 *                    heartbeat while the job runs, so a crashed process's jobs are free again soon
 * @param maxAttempts claims before an analysis is failed for good
 * @param idlePoll    how long an idle worker sleeps before looking again (an upload wakes it sooner)
 */
public record WorkerSettings(int workers, Duration lease, int maxAttempts, Duration idlePoll) {

    /** How often a running job's lease is renewed: four beats per lease, so one late beat loses nothing. */
    public Duration heartbeat() {
        return lease.dividedBy(4);
    }
}

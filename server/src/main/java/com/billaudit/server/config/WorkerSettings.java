package com.billaudit.server.config;

import java.time.Duration;

/**
 * How analyses are worked off the queue.
 *
 * @param workers     concurrent analyses in this process
 * @param lease       how long a claimed job is held before another worker may take it over
 * @param maxAttempts claims before an analysis is failed for good
 * @param idlePoll    how long an idle worker sleeps before looking again (an upload wakes it sooner)
 */
public record WorkerSettings(int workers, Duration lease, int maxAttempts, Duration idlePoll) {
}

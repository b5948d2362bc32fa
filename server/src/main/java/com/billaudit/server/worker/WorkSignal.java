package com.billaudit.server.worker;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Wakes idle local workers as soon as an upload arrives, instead of waiting out their poll interval. */
public final class WorkSignal {
    private final Semaphore permits = new Semaphore(0);
    private final int maxPending;

    /** @param maxPending wake-ups kept at most (one per worker is enough: each claims until the queue is empty) */
    public WorkSignal(int maxPending) {
        this.maxPending = maxPending;
    }

    public void wake() {
        if (permits.availablePermits() < maxPending) {
            permits.release();
        }
    }

    public void wakeAll() {
        permits.release(maxPending);
    }

    /** Waits for a wake-up or the timeout; true when woken. */
    public boolean await(Duration timeout) throws InterruptedException {
        return permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}

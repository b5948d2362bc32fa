package com.billaudit.work;

import java.time.Duration;
import java.util.concurrent.CancellationException;

/**
 * How long a piece of CPU work may run. Long loops (a line, a row) call {@link #check()}, so a
 * step whose time is up, or whose caller gave up on it and interrupted it, stops where it is
 * instead of running on unseen.
 */
public final class Budget {
    private static final Budget UNBOUNDED = new Budget(0, false);

    private final long endNanos;
    private final boolean bounded;

    private Budget(long endNanos, boolean bounded) {
        this.endNanos = endNanos;
        this.bounded = bounded;
    }

    public static Budget after(Duration time) {
        return new Budget(System.nanoTime() + Math.max(0, time.toNanos()), true);
    }

    /** No time limit; still stops when the thread is interrupted. */
    public static Budget unbounded() {
        return UNBOUNDED;
    }

    /**
     * @throws CancellationException when the thread was interrupted (its interrupt status is kept)
     * @throws Exhausted             when the time is up
     */
    public void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
        if (bounded && System.nanoTime() - endNanos >= 0) {
            throw new Exhausted();
        }
    }

    /** The work ran out of time. */
    public static final class Exhausted extends RuntimeException {
        public Exhausted() {
            super("out of time");
        }
    }
}

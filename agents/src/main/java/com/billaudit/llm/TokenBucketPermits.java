package com.billaudit.llm;

import java.util.function.LongSupplier;

/**
 * An in-process token bucket: up to {@code perMinute} calls in a burst, refilled evenly over
 * the minute. Replicas need a shared implementation (Redis); this one serves a single node.
 */
public final class TokenBucketPermits implements CallPermits {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final int capacity;
    private final LongSupplier nanoClock;
    private double tokens;
    private long lastRefill;

    public TokenBucketPermits(int perMinute, LongSupplier nanoClock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1");
        }
        this.capacity = perMinute;
        this.nanoClock = nanoClock;
        this.tokens = perMinute;
        this.lastRefill = nanoClock.getAsLong();
    }

    public TokenBucketPermits(int perMinute) {
        this(perMinute, System::nanoTime);
    }

    @Override
    public synchronized boolean tryAcquire() {
        refill();
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(capacity, tokens + (now - lastRefill) * capacity / NANOS_PER_MINUTE);
        lastRefill = now;
    }
}

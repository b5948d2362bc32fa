package com.billaudit.llm;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenBucketPermitsTest {

    @Test
    void refusesBeyondTheBudgetAndRefillsOverTime() {
        AtomicLong now = new AtomicLong();
        var permits = new TokenBucketPermits(2, now::get);
        assertTrue(permits.tryAcquire());
        assertTrue(permits.tryAcquire());
        assertFalse(permits.tryAcquire());
        now.addAndGet(30_000_000_000L); // half a minute refills one of two permits
        assertTrue(permits.tryAcquire());
        assertFalse(permits.tryAcquire());
    }
}

package com.billaudit.server.http;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many requests hold a whole document in memory at once (an upload being checked and stored,
 * a stored document being sent back): each may hold up to the upload cap, several times over
 * while the database driver decodes it, so only a fixed number run and the rest answer 503 with
 * Retry-After when none frees up within a moment. Without it, forty downloads of one 19 MB
 * document at once ran a 1 GB heap out of memory.
 */
public final class MemoryPermits {
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final Semaphore permits;
    private final Duration wait;
    private final String busy;

    /**
     * @param wait how long a request waits for a free permit before the 503
     * @param busy the 503's detail
     */
    public MemoryPermits(int permits, Duration wait, String busy) {
        this.permits = new Semaphore(permits);
        this.wait = wait;
        this.busy = busy;
    }

    /** @throws ApiException.ServiceUnavailable when no permit frees up within the wait */
    public <T> T within(Supplier<T> work) {
        try {
            if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ApiException.ServiceUnavailable(busy, RETRY_AFTER);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException.ServiceUnavailable("The server is stopping; retry shortly", RETRY_AFTER);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    /** As {@link #within(Supplier)}, for work that answers by itself. */
    public void run(Runnable work) {
        within(() -> {
            work.run();
            return null;
        });
    }
}

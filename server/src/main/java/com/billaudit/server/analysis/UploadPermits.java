package com.billaudit.server.analysis;

import com.billaudit.server.http.ApiException;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many uploads are read, checked and stored at once: each is spooled to disk as it arrives but
 * read back into memory (up to the upload cap) to be checked and stored, so the door admits a
 * fixed number and answers 503 with Retry-After when it stays full.
 */
final class UploadPermits {
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final Semaphore permits;
    private final Duration wait;

    /** @param wait how long an upload waits for a free permit before the 503 */
    UploadPermits(int permits, Duration wait) {
        this.permits = new Semaphore(permits);
        this.wait = wait;
    }

    /** @throws ApiException.ServiceUnavailable when no permit frees up within the wait */
    <T> T within(Supplier<T> upload) {
        try {
            if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ApiException.ServiceUnavailable("Too many uploads are being read at once; retry shortly",
                        RETRY_AFTER);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException.ServiceUnavailable("The server is stopping; retry shortly", RETRY_AFTER);
        }
        try {
            return upload.get();
        } finally {
            permits.release();
        }
    }
}

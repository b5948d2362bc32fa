package com.billaudit.server.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MemoryPermitsTest {

    @Test
    void aFullDoorAnswers503WithRetryAfterAndOpensAgainWhenAnUploadEnds() throws Exception {
        MemoryPermits permits = new MemoryPermits(1, Duration.ofMillis(50), "busy");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService executor = Executors.newSingleThreadExecutor()) {
            Future<String> first = executor.submit(() -> permits.within(() -> {
                holding.countDown();
                awaitQuietly(release);
                return "stored";
            }));
            holding.await();

            ApiException.ServiceUnavailable full = assertThrows(ApiException.ServiceUnavailable.class,
                    () -> permits.within(() -> "second"));
            assertEquals(503, full.status());
            assertEquals(Duration.ofSeconds(2), full.retryAfter());

            release.countDown();
            assertEquals("stored", first.get());
        }
        assertEquals("third", permits.within(() -> "third"));
    }

    @Test
    void aFailedUploadGivesItsPermitBack() {
        MemoryPermits permits = new MemoryPermits(1, Duration.ofMillis(50), "busy");

        assertThrows(ApiException.BadRequest.class, () -> permits.within(() -> {
            throw new ApiException.BadRequest("malformed");
        }));
        assertEquals("next", permits.within(() -> "next"));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

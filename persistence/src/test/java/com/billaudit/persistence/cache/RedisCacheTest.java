package com.billaudit.persistence.cache;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Against a real Redis: the one in REDIS_URL when set, else an embedded one. */
class RedisCacheTest {
    private static RedisServer embedded;
    private static Cache cache;
    private final String prefix = "test:" + UUID.randomUUID() + ":";

    @BeforeAll
    static void connect() throws IOException {
        String url = System.getenv("REDIS_URL");
        if (url == null || url.isBlank()) {
            int port = freePort();
            embedded = new RedisServer(port);
            embedded.start();
            url = "redis://127.0.0.1:" + port;
        }
        cache = Caches.connect(url);
    }

    @AfterAll
    static void close() throws IOException {
        cache.close();
        if (embedded != null) {
            embedded.stop();
        }
    }

    @AfterEach
    void removeThisTestsKeys() {
        cache.evictPrefix(prefix);
    }

    @Test
    void storesStringsUntilTheirTimeToLiveEnds() throws InterruptedException {
        cache.put(prefix + "short", "{\"a\":1}", Duration.ofMillis(300));
        cache.put(prefix + "long", "ünïcode", Duration.ofMinutes(1));

        assertEquals(Optional.of("{\"a\":1}"), cache.get(prefix + "short"));
        assertEquals(Optional.of("ünïcode"), cache.get(prefix + "long"));
        Thread.sleep(600);
        assertTrue(cache.get(prefix + "short").isEmpty());
        assertTrue(cache.get(prefix + "missing").isEmpty());
        assertEquals("redis", cache.kind());
        assertTrue(cache.pingMillis() >= 0);
    }

    @Test
    void evictPrefixRemovesOnlyThatPrefixTakenLiterally() {
        for (int i = 0; i < 1200; i++) {
            cache.put(prefix + "rulebook:" + i, "x", Duration.ofMinutes(1));
        }
        cache.put(prefix + "rulebookX", "kept", Duration.ofMinutes(1));
        cache.put(prefix + "other", "kept", Duration.ofMinutes(1));

        cache.evictPrefix(prefix + "rulebook:");
        cache.evictPrefix(prefix + "rule*");

        assertTrue(cache.get(prefix + "rulebook:0").isEmpty());
        assertTrue(cache.get(prefix + "rulebook:1199").isEmpty());
        assertEquals(Optional.of("kept"), cache.get(prefix + "rulebookX"));
        assertEquals(Optional.of("kept"), cache.get(prefix + "other"));
    }

    @Test
    void globCharactersInAPrefixAreEscaped() {
        assertEquals("a\\*b\\?c\\[d\\]e\\\\f", RedisCache.globEscape("a*b?c[d]e\\f"));
    }

    /** Always on an embedded Redis of its own: the shared one must not be stopped. */
    @Test
    void whenRedisGoesDownTheCacheMissesAndHealthShowsIt() throws IOException, InterruptedException {
        int port = freePort();
        RedisServer doomed = new RedisServer(port);
        doomed.start();
        try (Cache fragile = Caches.connect("redis://127.0.0.1:" + port)) {
            fragile.put("k", "v", Duration.ofMinutes(1));
            assertEquals(Optional.of("v"), fragile.get("k"));

            doomed.stop();
            long start = System.nanoTime();
            assertTrue(fragile.get("k").isEmpty());
            fragile.put("k2", "v2", Duration.ofMinutes(1));
            fragile.evictPrefix("k");
            for (int i = 0; i < 50; i++) {
                assertTrue(fragile.get("k").isEmpty());
            }
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(elapsedMs < 5_000, "calls while Redis is down must not each wait: " + elapsedMs + " ms");
            assertThrows(IllegalStateException.class, fragile::pingMillis);
        } finally {
            doomed.stop();
        }
    }

    @Test
    void aCacheStartsWhileRedisIsDownAndWorksOnceItIsUp() throws IOException, InterruptedException {
        int port = freePort();
        try (Cache early = Caches.connect("redis://127.0.0.1:" + port)) {
            assertTrue(early.get("k").isEmpty());
            assertThrows(IllegalStateException.class, early::pingMillis);

            RedisServer late = new RedisServer(port);
            late.start();
            try {
                assertTrue(early.pingMillis() >= 0);
                early.put("k", "v", Duration.ofMinutes(1));
                assertEquals(Optional.of("v"), early.get("k"));
            } finally {
                late.stop();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void theLlmCallBudgetIsSharedByEveryReplica() {
        String name = prefix + "permits";
        var replicaA = Caches.callPermits(cache, name, 3);
        var replicaB = Caches.callPermits(cache, name, 3);

        int granted = 0;
        for (int i = 0; i < 5; i++) {
            granted += replicaA.tryAcquire() ? 1 : 0;
            granted += replicaB.tryAcquire() ? 1 : 0;
        }

        assertEquals(3, granted, "3 calls per minute across both replicas");
    }
}

package com.billaudit.persistence.cache;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InProcessCacheTest {
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void anEntryLivesForItsTimeToLive() {
        InProcessCache cache = new InProcessCache(10, nanos::get);
        cache.put("k", "v", Duration.ofSeconds(5));

        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        assertEquals(Optional.of("v"), cache.get("k"));
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertTrue(cache.get("k").isEmpty());
        assertEquals(0, cache.size());
    }

    @Test
    void pastItsBoundTheLeastRecentlyUsedEntryGoes() {
        InProcessCache cache = new InProcessCache(2, nanos::get);
        cache.put("a", "1", Duration.ofMinutes(1));
        cache.put("b", "2", Duration.ofMinutes(1));
        cache.get("a");
        cache.put("c", "3", Duration.ofMinutes(1));

        assertEquals(Optional.of("1"), cache.get("a"));
        assertTrue(cache.get("b").isEmpty());
        assertEquals(Optional.of("3"), cache.get("c"));
    }

    @Test
    void evictPrefixRemovesOnlyMatchingKeys() {
        InProcessCache cache = new InProcessCache(10, nanos::get);
        cache.put("rulebook:A", "1", Duration.ofMinutes(1));
        cache.put("rulebook:B", "2", Duration.ofMinutes(1));
        cache.put("other", "3", Duration.ofMinutes(1));

        cache.evictPrefix("rulebook:");

        assertTrue(cache.get("rulebook:A").isEmpty());
        assertTrue(cache.get("rulebook:B").isEmpty());
        assertEquals(Optional.of("3"), cache.get("other"));
    }

    @Test
    void withoutARedisUrlTheCacheIsInProcess() {
        try (Cache cache = Caches.connect(null); Cache blank = Caches.connect(" ")) {
            assertEquals("in-process", cache.kind());
            assertEquals("in-process", blank.kind());
            assertEquals(0, cache.pingMillis());
        }
    }
}

package com.billaudit.server;

import com.billaudit.persistence.cache.Cache;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stand-in until persistence's {@code Caches.connect(String)} lands: an in-process cache.
 * Delete it and call {@code Caches.connect} from {@link Application} then.
 */
final class LocalCaches {
    private static final System.Logger LOG = System.getLogger(LocalCaches.class.getName());

    private LocalCaches() {
    }

    static Cache connect(String redisUrl) {
        if (redisUrl != null) {
            LOG.log(System.Logger.Level.WARNING, "REDIS_URL is set but this build has no Redis cache; using in-process");
        }
        return new InProcess();
    }

    private static final class InProcess implements Cache {
        private record Entry(String value, Instant expires) {
        }

        private final Map<String, Entry> entries = new ConcurrentHashMap<>();

        @Override
        public Optional<String> get(String key) {
            Entry entry = entries.get(key);
            return entry == null || entry.expires().isBefore(Instant.now()) ? Optional.empty() : Optional.of(entry.value());
        }

        @Override
        public void put(String key, String value, Duration ttl) {
            entries.put(key, new Entry(value, Instant.now().plus(ttl)));
        }

        @Override
        public void evictPrefix(String prefix) {
            entries.keySet().removeIf(key -> key.startsWith(prefix));
        }

        @Override
        public long pingMillis() {
            return 0;
        }

        @Override
        public String kind() {
            return "in-process";
        }

        @Override
        public void close() {
            entries.clear();
        }
    }
}

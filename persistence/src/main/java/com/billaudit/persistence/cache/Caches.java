package com.billaudit.persistence.cache;

/** Picks the cache: Redis, shared by every replica, when a URL is configured; else one in this process. */
public final class Caches {
    static final int IN_PROCESS_MAX_ENTRIES = 10_000;

    private Caches() {
    }

    /** @param redisUrlOrNull e.g. {@code redis://127.0.0.1:6379}; null or blank for an in-process cache */
    public static Cache connect(String redisUrlOrNull) {
        if (redisUrlOrNull == null || redisUrlOrNull.isBlank()) {
            return new InProcessCache(IN_PROCESS_MAX_ENTRIES);
        }
        return RedisCache.connect(redisUrlOrNull.trim());
    }
}

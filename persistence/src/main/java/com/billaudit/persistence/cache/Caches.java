package com.billaudit.persistence.cache;

import com.billaudit.llm.CallPermits;
import com.billaudit.llm.TokenBucketPermits;

/** Picks the cache: Redis, shared by every replica, when a URL is configured; else one in this process. */
public final class Caches {
    static final int IN_PROCESS_MAX_ENTRIES = 10_000;

    private Caches() {
    }

    /**
     * The LLM call budget of {@code perMinute} calls: shared by all replicas through Redis when
     * {@code cache} is Redis, else kept in this process.
     */
    public static CallPermits callPermits(Cache cache, int perMinute) {
        return callPermits(cache, "llm:permits", perMinute);
    }

    static CallPermits callPermits(Cache cache, String name, int perMinute) {
        CallPermits local = new TokenBucketPermits(perMinute);
        return cache instanceof RedisCache redis ? new RedisCallPermits(redis.redisson(), name, perMinute, local) : local;
    }

    /** Per-key request budgets: shared by all replicas through Redis when {@code cache} is Redis. */
    public static RequestBudgets requestBudgets(Cache cache) {
        RequestBudgets local = RequestBudgets.inProcess();
        return cache instanceof RedisCache redis ? new RedisRequestBudgets(redis.redisson(), local) : local;
    }

    /** @param redisUrlOrNull e.g. {@code redis://127.0.0.1:6379}; null or blank for an in-process cache */
    public static Cache connect(String redisUrlOrNull) {
        if (redisUrlOrNull == null || redisUrlOrNull.isBlank()) {
            return new InProcessCache(IN_PROCESS_MAX_ENTRIES);
        }
        return RedisCache.connect(redisUrlOrNull.trim());
    }
}

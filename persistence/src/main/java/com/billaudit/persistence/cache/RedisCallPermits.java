package com.billaudit.persistence.cache;

import com.billaudit.llm.CallPermits;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RateType;
import org.redisson.api.RedissonClient;

import java.time.Duration;

/**
 * The LLM call budget shared by every replica: one Redisson rate limiter in Redis. When Redis
 * does not answer, each process falls back to its own budget rather than stop calling (or call
 * without limit).
 */
final class RedisCallPermits implements CallPermits {
    private static final System.Logger LOG = System.getLogger(RedisCallPermits.class.getName());

    private static final Duration INTERVAL = Duration.ofMinutes(1);

    private final RedissonClient redisson;
    private final String name;
    private final int perMinute;
    private final CallPermits fallback;
    private volatile RRateLimiter limiter;

    RedisCallPermits(RedissonClient redisson, String name, int perMinute, CallPermits fallback) {
        this.redisson = redisson;
        this.name = name;
        this.perMinute = perMinute;
        this.fallback = fallback;
    }

    @Override
    public boolean tryAcquire() {
        try {
            return limiter().tryAcquire();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "shared LLM budget unavailable; using this process''s own", e);
            return fallback.tryAcquire();
        }
    }

    private RRateLimiter limiter() {
        RRateLimiter current = limiter;
        if (current == null) {
            current = redisson.getRateLimiter(name);
            // setRate would reset the budget other replicas are spending: only when the rate changed
            if (!current.trySetRate(RateType.OVERALL, perMinute, INTERVAL)
                    && current.getConfig().getRate() != perMinute) {
                current.setRate(RateType.OVERALL, perMinute, INTERVAL);
            }
            limiter = current;
        }
        return current;
    }
}

package com.billaudit.persistence.cache;

import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import java.util.List;

/**
 * Budgets in Redis, one counter per key that lives for the minute its first request opened: every
 * replica counts into the same number. When Redis does not answer, each process keeps its own
 * budget rather than refuse everyone (or let everyone through).
 */
final class RedisRequestBudgets implements RequestBudgets {
    private static final System.Logger LOG = System.getLogger(RedisRequestBudgets.class.getName());
    private static final long WINDOW_MILLIS = 60_000;
    /** Count and start the window atomically: INCR, and PEXPIRE on the first request; returns {count, ttl}. */
    private static final String SPEND = """
            local used = redis.call('INCR', KEYS[1])
            if used == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return {used, redis.call('PTTL', KEYS[1])}""";

    private final RedissonClient redisson;
    private final RequestBudgets fallback;

    RedisRequestBudgets(RedissonClient redisson, RequestBudgets fallback) {
        this.redisson = redisson;
        this.fallback = fallback;
    }

    @Override
    public Spend spend(String key, int perMinute) {
        try {
            List<Object> result = redisson.getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_WRITE, SPEND,
                    RScript.ReturnType.LIST, List.<Object>of("budget:" + key), Long.toString(WINDOW_MILLIS));
            return Spend.of(number(result.get(0)), perMinute, number(result.get(1)));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "shared request budget unavailable; using this process''s own", e);
            return fallback.spend(key, perMinute);
        }
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : Long.parseLong(value.toString());
    }
}

package com.billaudit.persistence.cache;

import org.redisson.Redisson;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.api.options.KeysScanOptions;
import org.redisson.api.redisnode.RedisNodes;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The cache in Redis (Redisson, strings only). A cache must never take the service down with
 * it: when Redis is unreachable, reads miss, writes are dropped, and for a few seconds after a
 * failure Redis is not even asked, so requests do not each wait out a timeout. Only
 * {@link #pingMillis()} throws, so /health shows the outage.
 */
final class RedisCache implements Cache {
    private static final System.Logger LOG = System.getLogger(RedisCache.class.getName());
    private static final int TIMEOUT_MS = 1_000;
    private static final long BACK_OFF_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final int EVICT_CHUNK = 500;

    private final RedissonClient redisson;
    private final AtomicLong skipUntilNanos = new AtomicLong(System.nanoTime());

    private RedisCache(RedissonClient redisson) {
        this.redisson = redisson;
    }

    RedissonClient redisson() {
        return redisson;
    }

    static RedisCache connect(String redisUrl) {
        Config config = new Config();
        config.setCodec(StringCodec.INSTANCE);
        // lazy: the service starts (degraded) while Redis is down and connects once it is back
        config.setLazyInitialization(true);
        config.useSingleServer()
                .setAddress(redisUrl)
                .setConnectTimeout(TIMEOUT_MS)
                .setTimeout(TIMEOUT_MS)
                .setRetryAttempts(0)
                .setConnectionMinimumIdleSize(1)
                .setConnectionPoolSize(16)
                .setSubscriptionConnectionMinimumIdleSize(0);
        return new RedisCache(Redisson.create(config));
    }

    @Override
    public Optional<String> get(String key) {
        if (backingOff()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(redisson.<String>getBucket(key).get());
        } catch (RuntimeException e) {
            failed("get", e);
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        if (backingOff() || ttl.isNegative() || ttl.isZero()) {
            return;
        }
        try {
            redisson.<String>getBucket(key).set(value, ttl);
        } catch (RuntimeException e) {
            failed("put", e);
        }
    }

    /** Scans for the keys (never KEYS, which blocks Redis) and unlinks them in chunks. */
    @Override
    public void evictPrefix(String prefix) {
        if (backingOff()) {
            return;
        }
        try {
            Iterable<String> keys = redisson.getKeys().getKeys(
                    KeysScanOptions.defaults().pattern(globEscape(prefix) + "*").chunkSize(EVICT_CHUNK));
            List<String> chunk = new ArrayList<>(EVICT_CHUNK);
            for (String key : keys) {
                chunk.add(key);
                if (chunk.size() == EVICT_CHUNK) {
                    unlink(chunk);
                }
            }
            unlink(chunk);
        } catch (RuntimeException e) {
            failed("evict", e);
        }
    }

    private void unlink(List<String> keys) {
        if (!keys.isEmpty()) {
            redisson.getKeys().unlink(keys.toArray(String[]::new));
            keys.clear();
        }
    }

    @Override
    public void publish(String channel, String message) {
        if (backingOff()) {
            return;
        }
        try {
            redisson.getTopic(channel, StringCodec.INSTANCE).publish(message);
        } catch (RuntimeException e) {
            failed("publish", e);
        }
    }

    @Override
    public AutoCloseable subscribe(String channel, Consumer<String> listener) {
        if (backingOff()) {
            throw new IllegalStateException("Redis did not answer a moment ago");
        }
        RTopic topic = redisson.getTopic(channel, StringCodec.INSTANCE);
        int id = topic.addListener(String.class, (ch, message) -> listener.accept(message));
        return () -> topic.removeListener(id);
    }

    /** Matches {@code prefix} literally in a Redis glob. */
    static String globEscape(String prefix) {
        return prefix.replaceAll("([\\\\*?\\[\\]])", "\\\\$1");
    }

    @Override
    public long pingMillis() {
        long start = System.nanoTime();
        boolean answered;
        try {
            answered = redisson.getRedisNodes(RedisNodes.SINGLE).getInstance().ping(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Redis does not answer: " + e.getMessage(), e);
        }
        if (!answered) {
            throw new IllegalStateException("Redis does not answer");
        }
        skipUntilNanos.set(System.nanoTime());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private boolean backingOff() {
        return System.nanoTime() - skipUntilNanos.get() < 0;
    }

    private void failed(String operation, RuntimeException e) {
        long now = System.nanoTime();
        long until = skipUntilNanos.get();
        if (now - until >= 0 && skipUntilNanos.compareAndSet(until, now + BACK_OFF_NANOS)) {
            // logged once per back-off period, not once per request
            LOG.log(Level.WARNING, "Redis cache " + operation + " failed; serving without the cache for "
                    + TimeUnit.NANOSECONDS.toSeconds(BACK_OFF_NANOS) + " s: " + e.getMessage());
        }
    }

    @Override
    public String kind() {
        return "redis";
    }

    @Override
    public void close() {
        redisson.shutdown(0, 2, TimeUnit.SECONDS);
    }
}

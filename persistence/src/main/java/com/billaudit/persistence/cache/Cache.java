package com.billaudit.persistence.cache;

import java.time.Duration;
import java.util.Optional;

/**
 * A string key/value cache shared by replicas when Redis is configured (Redisson), or held in
 * process otherwise. Values are strings (JSON) so any replica can read what another wrote.
 */
public interface Cache extends AutoCloseable {

    Optional<String> get(String key);

    void put(String key, String value, Duration ttl);

    void evictPrefix(String prefix);

    /**
     * Sends {@code message} to every subscriber of {@code channel} in every process sharing this
     * cache (a Redis topic; in process, this process only). Best effort: lost while Redis is down.
     */
    void publish(String channel, String message);

    /**
     * Calls {@code listener} with each message published on {@code channel} until the returned
     * handle is closed. Throws when the subscription cannot be made now (Redis down); the caller
     * may try again later.
     */
    AutoCloseable subscribe(String channel, java.util.function.Consumer<String> listener);

    /** Round-trip time in ms; throws when the cache does not answer. */
    long pingMillis();

    /** "redis" or "in-process", for /health. */
    String kind();

    @Override
    void close();
}

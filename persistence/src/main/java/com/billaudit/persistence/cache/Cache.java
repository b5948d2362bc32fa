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

    /** Round-trip time in ms; throws when the cache does not answer. */
    long pingMillis();

    /** "redis" or "in-process", for /health. */
    String kind();

    @Override
    void close();
}

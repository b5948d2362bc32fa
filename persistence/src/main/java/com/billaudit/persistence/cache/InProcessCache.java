package com.billaudit.persistence.cache;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A bounded cache in this process: entries expire after their TTL, and past {@code maxEntries}
 * the least recently used one goes. One lock: the values are small and the work per call tiny.
 */
final class InProcessCache implements Cache {
    private record Cached(String value, long expiresAtNanos) {
    }

    private final Map<String, Cached> entries;
    private final LongSupplier nanoClock;
    private final Map<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();

    InProcessCache(int maxEntries) {
        this(maxEntries, System::nanoTime);
    }

    InProcessCache(int maxEntries, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public synchronized Optional<String> get(String key) {
        Cached entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (nanoClock.getAsLong() - entry.expiresAtNanos() >= 0) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    @Override
    public synchronized void put(String key, String value, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            entries.remove(key);
            return;
        }
        entries.put(key, new Cached(value, nanoClock.getAsLong() + ttl.toNanos()));
    }

    @Override
    public synchronized void evictPrefix(String prefix) {
        entries.keySet().removeIf(key -> key.startsWith(prefix));
    }

    @Override
    public void publish(String channel, String message) {
        subscribers.getOrDefault(channel, List.of()).forEach(listener -> listener.accept(message));
    }

    @Override
    public AutoCloseable subscribe(String channel, Consumer<String> listener) {
        List<Consumer<String>> listeners = subscribers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>());
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    synchronized int size() {
        return entries.size();
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
    public synchronized void close() {
        entries.clear();
    }
}

package com.billaudit.persistence.reference;

import com.billaudit.domain.Rulebook;
import com.billaudit.persistence.cache.Cache;
import com.billaudit.persistence.scheme.ListVersion;
import com.billaudit.persistence.scheme.SchemeRepository;
import com.billaudit.persistence.scheme.SchemeVersions;
import com.billaudit.rulebook.PreparedRulebook;
import com.billaudit.rulebook.RulebookSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Rulebooks for analyses, from three levels: rulebooks held in this process (one shared
 * instance per version pair, so the pipeline's matcher cache prepares each tariff once), the
 * rulebook JSON in the shared cache (Redis, so one replica's database read serves the others),
 * and PostgreSQL.
 *
 * <p>Entries are keyed by the numbers and tokens of the list versions they hold, and versions
 * never change, so a cached rulebook can never be stale. Which versions apply is read from PostgreSQL for
 * every analysis (a small query): a new import is used by the next analysis on every replica,
 * even when Redis is down. An import is also announced on a Redis topic, and every replica
 * drops what it holds of that scheme at once rather than keeping superseded rulebooks until
 * they expire. The scheme header (name, tolerance) is always the current one.
 */
public final class RulebookCache implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RulebookCache.class.getName());
    static final String CHANNEL = "billaudit:reference:changed";
    static final String KEY_PREFIX = "rulebook:";
    private static final int IN_PROCESS_ENTRIES = 16;
    private static final long RESUBSCRIBE_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** Where a rulebook was found. */
    public enum Level { PROCESS, SHARED, DATABASE }

    /** Told of every look-up, for hit/miss metrics. */
    @FunctionalInterface
    public interface Listener {
        void found(Level level);
    }

    private record Held(PreparedRulebook rulebook, long expiresAtNanos) {
    }

    private final SchemeRepository schemes;
    private final Cache shared;
    private final Duration ttl;
    private final Listener listener;
    private final LongSupplier nanoClock;
    private final Map<String, Held> held = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Held> eldest) {
            return size() > IN_PROCESS_ENTRIES;
        }
    };
    private AutoCloseable subscription;
    private long nextSubscribeNanos;

    public RulebookCache(SchemeRepository schemes, Cache shared, Duration ttl, Listener listener) {
        this(schemes, shared, ttl, listener, System::nanoTime);
    }

    RulebookCache(SchemeRepository schemes, Cache shared, Duration ttl, Listener listener, LongSupplier nanoClock) {
        this.schemes = schemes;
        this.shared = shared;
        this.ttl = ttl;
        this.listener = listener;
        this.nanoClock = nanoClock;
        this.nextSubscribeNanos = nanoClock.getAsLong();
        subscribeIfDue();
    }

    /**
     * The rulebooks of scheme {@code code} by bill date, as the scheme's versions stand now;
     * empty when there is no such scheme.
     */
    public Optional<RulebookSource> source(String code) {
        subscribeIfDue();
        return schemes.versions(code).map(versions -> date -> prepared(versions, date));
    }

    /** Says that {@code code}'s lists changed: this and every other replica drop what they hold of it. */
    public void changed(String code) {
        drop(code);
        shared.publish(CHANNEL, code);
    }

    private PreparedRulebook prepared(SchemeVersions versions, LocalDate date) {
        String code = versions.scheme().code();
        ListVersion tariff = versions.tariffInForce(date).orElse(null);
        ListVersion nonPayable = versions.nonPayableInForce(date).orElse(null);
        String key = code + ":" + version(tariff) + ":" + token(tariff) + ":" + version(nonPayable) + ":" + token(nonPayable);
        PreparedRulebook inProcess = get(key);
        if (inProcess != null) {
            listener.found(Level.PROCESS);
            return inProcess.withScheme(versions.scheme());
        }
        Optional<Rulebook> cached = shared.get(KEY_PREFIX + key).flatMap(RulebookJson::read);
        Rulebook rulebook;
        if (cached.isPresent()) {
            listener.found(Level.SHARED);
            rulebook = cached.get();
        } else {
            listener.found(Level.DATABASE);
            rulebook = schemes.rulebook(code, version(tariff), version(nonPayable))
                    .orElseThrow(() -> new IllegalStateException("scheme " + code + " no longer exists"));
            shared.put(KEY_PREFIX + key, RulebookJson.write(rulebook), ttl);
        }
        PreparedRulebook prepared = PreparedRulebook.of(rulebook, tariff == null ? null : tariff.effectiveFrom(),
                nonPayable == null ? null : nonPayable.effectiveFrom());
        put(key, prepared);
        return prepared.withScheme(versions.scheme());
    }

    private synchronized PreparedRulebook get(String key) {
        Held entry = held.get(key);
        if (entry == null) {
            return null;
        }
        if (nanoClock.getAsLong() - entry.expiresAtNanos() >= 0) {
            held.remove(key);
            return null;
        }
        return entry.rulebook();
    }

    private synchronized void put(String key, PreparedRulebook rulebook) {
        held.put(key, new Held(rulebook, nanoClock.getAsLong() + ttl.toNanos()));
    }

    /** Drops every rulebook of the scheme held in this process. */
    synchronized void drop(String code) {
        held.keySet().removeIf(key -> key.startsWith(code + ":"));
    }

    synchronized int held() {
        return held.size();
    }

    /** Subscribes to change announcements; while Redis is unreachable, tries again now and then. */
    private synchronized void subscribeIfDue() {
        long now = nanoClock.getAsLong();
        if (subscription != null || now - nextSubscribeNanos < 0) {
            return;
        }
        try {
            subscription = shared.subscribe(CHANNEL, this::drop);
        } catch (RuntimeException e) {
            nextSubscribeNanos = now + RESUBSCRIBE_NANOS;
            LOG.log(System.Logger.Level.DEBUG, "cannot subscribe to reference changes yet: " + e.getMessage());
        }
    }

    private static String token(ListVersion version) {
        return version == null ? "none" : version.token().toString();
    }

    private static int version(ListVersion version) {
        return version == null ? 0 : version.version();
    }

    @Override
    public synchronized void close() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.DEBUG, "unsubscribing failed", e);
            }
            subscription = null;
        }
        held.clear();
    }
}

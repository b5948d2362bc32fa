package com.billaudit.audit;

import com.billaudit.domain.Rulebook;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps the prepared matchers of the most recently used tariff versions, so that analyses of the
 * same scheme, version and region share one instead of preparing the rows again for every bill.
 * Hold one instance per process (the composition root owns it); it is thread-safe and bounded.
 */
public final class TariffMatcherCache {
    private final Map<Key, TariffMatcher> matchers;
    private final RememberedHashes hashes;

    /** The tariff itself is part of the key, so a rulebook rebuilt with other rows never gets a stale matcher. */
    private record Key(String scheme, int tariffVersion, String region, double threshold, int tariffHash) {
    }

    public TariffMatcherCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.hashes = new RememberedHashes(capacity);
        this.matchers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, TariffMatcher> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The matcher for this rulebook, region and settings, prepared on first use. */
    public TariffMatcher matcher(Rulebook rulebook, String region, AuditSettings settings) {
        Key key = new Key(rulebook.scheme() == null ? null : rulebook.scheme().code(), rulebook.tariffVersion(),
                region == null ? null : region.trim().toUpperCase(Locale.ROOT), settings.matchThreshold(),
                hashes.of(rulebook.tariff()));
        synchronized (matchers) {
            TariffMatcher cached = matchers.get(key);
            if (cached != null) {
                return cached;
            }
        }
        TariffMatcher prepared = new TariffMatcher(rulebook, region, settings);
        synchronized (matchers) {
            return matchers.computeIfAbsent(key, k -> prepared);
        }
    }
}

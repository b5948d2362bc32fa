package com.billaudit.audit;

import com.billaudit.domain.Rulebook;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the prepared non-payable rules of the most recently used list versions, so that the
 * analyses of one scheme share one index of the list's names (and the descriptions it has
 * already looked up) instead of preparing them again for every bill. Hold one instance per
 * process (the pipeline owns it); it is thread-safe and bounded.
 */
public final class NonPayableRules {
    private final Map<Key, NonPayableRule> rules;
    private final RememberedHashes hashes;

    /** The list itself is part of the key, so a rulebook rebuilt with other rows never gets a stale rule. */
    private record Key(String scheme, int version, int listHash) {
    }

    public NonPayableRules(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.hashes = new RememberedHashes(capacity);
        this.rules = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, NonPayableRule> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The rule for this rulebook's non-payable list, prepared on first use. */
    public NonPayableRule rule(Rulebook rulebook) {
        if (rulebook == null || rulebook.nonPayable().isEmpty()) {
            return new NonPayableRule();
        }
        Key key = new Key(rulebook.scheme() == null ? null : rulebook.scheme().code(), rulebook.nonPayableVersion(),
                hashes.of(rulebook.nonPayable()));
        synchronized (rules) {
            NonPayableRule cached = rules.get(key);
            if (cached != null) {
                return cached;
            }
        }
        NonPayableRule prepared = new NonPayableRule(rulebook.nonPayable());
        synchronized (rules) {
            return rules.computeIfAbsent(key, k -> prepared);
        }
    }
}

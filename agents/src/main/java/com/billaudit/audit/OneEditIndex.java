package com.billaudit.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Strings indexed so that those at most one edit (substitution, insertion, deletion) from a query
 * are found without comparing all pairs: each string and each of its one-character deletions is
 * indexed by a rolling hash (the symmetric-deletion scheme), so a look-up costs the query's length,
 * not the number of strings. Hash hits are candidates only; the caller's test decides.
 */
final class OneEditIndex<V> {
    private static final long BASE = 1_000_003L;
    /**
     * Strings kept per hash: real descriptions share a deletion with a handful of others; a
     * crafted bill sharing one with thousands must not make the look-up quadratic again.
     */
    private static final int MAX_PER_HASH = 16;

    private record Entry<V>(int order, V value) {
    }

    private final Map<Long, List<Entry<V>>> byHash = new HashMap<>();
    private int added;

    void add(String text, V value) {
        Entry<V> entry = new Entry<>(added++, value);
        for (long hash : hashes(text)) {
            List<Entry<V>> entries = byHash.computeIfAbsent(hash, h -> new ArrayList<>(1));
            if (entries.size() < MAX_PER_HASH && !entries.contains(entry)) {
                entries.add(entry);
            }
        }
    }

    /** The earliest added value that {@code same} accepts among those that may be one edit from {@code text}. */
    Optional<V> first(String text, Predicate<V> same) {
        Entry<V> best = null;
        for (long hash : hashes(text)) {
            for (Entry<V> entry : byHash.getOrDefault(hash, List.of())) {
                if ((best == null || entry.order() < best.order()) && same.test(entry.value())) {
                    best = entry;
                }
            }
        }
        return Optional.ofNullable(best).map(Entry::value);
    }

    /** The hash of {@code text} itself, then of {@code text} without its i-th character for each i. */
    static long[] hashes(String text) {
        int length = text.length();
        long[] prefix = new long[length + 1];
        long[] power = new long[length + 1];
        power[0] = 1;
        for (int i = 0; i < length; i++) {
            prefix[i + 1] = prefix[i] * BASE + text.charAt(i);
            power[i + 1] = power[i] * BASE;
        }
        long[] hashes = new long[length + 1];
        hashes[0] = prefix[length];
        for (int i = 0; i < length; i++) {
            long tail = prefix[length] - prefix[i + 1] * power[length - 1 - i];
            hashes[i + 1] = prefix[i] * power[length - 1 - i] + tail;
        }
        return hashes;
    }
}

package com.billaudit.audit;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hash codes of a rulebook's lists, remembered by identity. One rulebook instance serves every
 * analysis of the same versions, and hashing its thousands of rows again for every bill only to
 * find the matcher prepared from them costs more than that look-up. The lists are immutable
 * (Rulebook copies them), so a remembered hash cannot go stale; a rulebook rebuilt with equal rows
 * is hashed once more and still finds its matcher. Bounded: forgets everything when full.
 */
final class RememberedHashes {
    private final int capacity;
    private final Map<List<?>, Integer> hashes = new IdentityHashMap<>();

    RememberedHashes(int capacity) {
        this.capacity = capacity;
    }

    int of(List<?> list) {
        synchronized (hashes) {
            Integer known = hashes.get(list);
            if (known != null) {
                return known;
            }
        }
        int hash = Objects.hashCode(list);
        synchronized (hashes) {
            if (hashes.size() >= capacity) {
                hashes.clear();
            }
            hashes.put(list, hash);
        }
        return hash;
    }
}

package com.billaudit.locale;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

/** Lexicon entries of the form {@code key => value}, grouped by key in the order listed. */
final class KeyedEntries {
    private static final String ARROW = " => ";

    private KeyedEntries() {
    }

    static Map<String, List<String>> of(List<String> entries) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (String entry : entries) {
            int arrow = entry.lastIndexOf(ARROW);
            if (arrow < 0) {
                throw new IllegalStateException("expected 'key => value': " + entry);
            }
            byKey.computeIfAbsent(entry.substring(0, arrow).strip(), k -> new ArrayList<>())
                    .add(entry.substring(arrow + ARROW.length()).strip());
        }
        return byKey;
    }

    static String single(Map<String, List<String>> entries, String key, String list) {
        List<String> values = entries.get(key);
        if (values == null || values.size() != 1) {
            throw new IllegalStateException(list + " must give exactly one '" + key + " => ...'");
        }
        return values.getFirst();
    }
}

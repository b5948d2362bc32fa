package com.billaudit.extraction;

import com.billaudit.lexicon.Lexicons;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The words of section headings and section totals in a charge table ("PHARMACY", "Total LABORATORY INVESTIGATIONS"), from {@code /lexicon/section-words.txt}. */
final class SectionWords {

    private static final Map<String, Set<String>> KINDS = kinds(Lexicons.shared("section-words"));
    private static final Set<String> SECTION_WORDS = kind("word");
    private static final Set<String> STRONG_SECTION_WORDS = kind("strong");
    /** Words a department heading starts with. */
    private static final Set<String> DEPARTMENTS = kind("department");
    /** Words that close a department heading. */
    private static final Set<String> TITLES = kind("title");

    private SectionWords() {
    }

    /** A short line made of section words only, with at least one that names a department. */
    static boolean isHeading(String content) {
        // scraps of two letters or fewer that name no section ("OO", "oe") are OCR noise beside the heading
        String[] words = Arrays.stream(content.toLowerCase(Locale.ROOT).replaceAll("[:.]+$", "").split("\\s+"))
                .filter(w -> w.length() > 2 || SECTION_WORDS.contains(w)).toArray(String[]::new);
        if (words.length == 0) {
            return false;
        }
        if (words.length > 5) {
            return false;
        }
        boolean strong = false;
        for (String w : words) {
            if (!SECTION_WORDS.contains(w)) {
                return garbledHeading(words);
            }
            strong |= STRONG_SECTION_WORDS.contains(w);
        }
        // "PROCEDURE CHARGES", "ROOM & NURSING CHARGES": department words under a charges/services title
        boolean titled = words.length >= 2 && DEPARTMENTS.contains(words[0])
                && TITLES.contains(words[words.length - 1]);
        return strong || titled || content.strip().endsWith(":");
    }

    /**
     * A heading OCR split or garbled ("LABORATORY INVESTIGA rIONS"): it opens with a department and
     * most of its letters are section words or their cut-off starts.
     */
    private static boolean garbledHeading(String[] words) {
        if (!STRONG_SECTION_WORDS.contains(words[0])) {
            return false;
        }
        int letters = 0;
        int known = 0;
        boolean cut = false;
        for (String w : words) {
            letters += w.length();
            boolean cutOff = !SECTION_WORDS.contains(w) && w.length() >= 5 && SECTION_WORDS.stream().anyMatch(s -> s.startsWith(w));
            cut |= cutOff;
            known += SECTION_WORDS.contains(w) || cutOff ? w.length() : 0;
        }
        return cut && known * 10 >= letters * 7;
    }

    private static Map<String, Set<String>> kinds(List<String> entries) {
        Map<String, Set<String>> kinds = new HashMap<>();
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("section-words: no 'kind:' in " + entry);
            }
            kinds.computeIfAbsent(entry.substring(0, colon).strip(), k -> new HashSet<>())
                    .addAll(Arrays.asList(entry.substring(colon + 1).strip().split("\\s+")));
        }
        return kinds;
    }

    private static Set<String> kind(String name) {
        Set<String> words = KINDS.get(name);
        if (words == null) {
            throw new IllegalStateException("section-words: no '" + name + ":' line");
        }
        return Set.copyOf(words);
    }

    /** Whether every word is a section word: what a section's total may name besides "total". */
    static boolean allSectionWords(List<String> words) {
        return !words.isEmpty() && words.size() <= 4 && words.stream().allMatch(SECTION_WORDS::contains);
    }
}

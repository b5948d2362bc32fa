package com.billaudit.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lexicon phrases matched against printed text word by word, so that a list says {@code batch no}
 * once and finds {@code Batch No.}, {@code BATCH NO:} and {@code batch  no}. Text and phrases are
 * compared as {@link #words words}: lower case, any run of punctuation a word break. A phrase word
 * ending in {@code *} matches any word it begins ({@code chemist*} finds {@code Chemists}).
 */
public final class Phrases {
    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
    private final List<String[]> openFirstWord = new ArrayList<>();
    private final List<String> entries;

    private Phrases(List<String> entries) {
        this.entries = List.copyOf(entries);
        for (String entry : entries) {
            String[] words = split(entry, true).toArray(String[]::new);
            if (words.length == 0) {
                continue;
            }
            if (words[0].endsWith("*")) {
                openFirstWord.add(words);
            } else {
                byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
            }
        }
    }

    public static Phrases of(List<String> entries) {
        return new Phrases(entries);
    }

    /** The phrases as listed. */
    public List<String> entries() {
        return entries;
    }

    /** How many times any phrase occurs in the words (overlapping phrases each count). */
    public int count(List<String> words) {
        int count = 0;
        for (int i = 0; i < words.size(); i++) {
            count += startingAt(words, i).size();
        }
        return count;
    }

    /** Every occurrence of a phrase in the words, as the phrase's words joined by a space. */
    public List<String> occurrences(List<String> words) {
        List<String> occurrences = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (String[] phrase : startingAt(words, i)) {
                occurrences.add(String.join(" ", phrase));
            }
        }
        return occurrences;
    }

    /** The distinct phrases (as their words joined by a space) that occur in the words. */
    public List<String> found(List<String> words) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (String[] phrase : startingAt(words, i)) {
                String joined = String.join(" ", phrase);
                if (!found.contains(joined)) {
                    found.add(joined);
                }
            }
        }
        return found;
    }

    public boolean foundIn(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!startingAt(words, i).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Where the first phrase found ends (the index after its last word), or -1. */
    public int endOfFirst(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            int longest = startingAt(words, i).stream().mapToInt(p -> p.length).max().orElse(0);
            if (longest > 0) {
                return i + longest;
            }
        }
        return -1;
    }

    private List<String[]> startingAt(List<String> words, int start) {
        List<String[]> matched = new ArrayList<>();
        for (String[] phrase : byFirstWord.getOrDefault(words.get(start), List.of())) {
            if (matchesAt(phrase, words, start)) {
                matched.add(phrase);
            }
        }
        for (String[] phrase : openFirstWord) {
            if (matchesAt(phrase, words, start)) {
                matched.add(phrase);
            }
        }
        return matched;
    }

    private static boolean matchesAt(String[] phrase, List<String> words, int start) {
        if (start + phrase.length > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            String want = phrase[k];
            String word = words.get(start + k);
            boolean ok = want.endsWith("*") ? word.startsWith(want.substring(0, want.length() - 1)) : word.equals(want);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * A text as the words phrases are matched against: lower case, split at anything that is not
     * a letter, a digit or a currency sign ({@code D.L. No.} is {@code d l no}, {@code ₹500} is
     * {@code ₹ 500}).
     */
    public static List<String> words(String text) {
        return split(text, false);
    }

    /** @param entry whether a word may end in the {@code *} of a phrase entry */
    private static List<String> split(String text, boolean entry) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || entry && c == '*' && !word.isEmpty()) {
                word.appendCodePoint(c);
                continue;
            }
            flush(word, words);
            if (Character.getType(c) == Character.CURRENCY_SYMBOL) {
                words.add(Character.toString(c));
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}

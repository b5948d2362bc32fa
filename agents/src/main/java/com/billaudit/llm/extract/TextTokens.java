package com.billaudit.llm.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Word tokens of a description and a tolerant measure of how many of them a text contains. */
public final class TextTokens {

    private TextTokens() {
    }

    /** Lower-case words of two or more characters that contain a letter (numbers are checked as money). */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (raw.length() >= 2 && raw.chars().anyMatch(Character::isLetter)) {
                words.add(raw);
            }
        }
        return words;
    }

    /** Share (0..1) of {@code wanted}'s words found among {@code available}, allowing one OCR slip in long words. */
    public static double coverage(List<String> wanted, Collection<String> available) {
        if (wanted.isEmpty()) {
            return 0;
        }
        long found = wanted.stream().filter(w -> available.contains(w) || nearMatch(w, available)).count();
        return (double) found / wanted.size();
    }

    private static boolean nearMatch(String word, Collection<String> available) {
        return word.length() >= 5 && available.stream().anyMatch(a -> withinOneEdit(word, a));
    }

    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}

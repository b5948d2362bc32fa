package com.billaudit.audit;

/** Spelling-level forms of one word: numbers without trailing zeros, American spelling, singular, stem. */
final class WordForms {
    private static final int MIN_STEM = 5;

    private WordForms() {
    }

    /** 0.50 → 0.5, 500.0 → 500: the same strength printed two ways is one token. */
    static String stripZeros(String number) {
        if (!number.contains(".")) {
            return number;
        }
        String s = number.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** British to American spelling, the direction most drug and test names are printed in. */
    static String fold(String word) {
        String w = word.replace("ae", "e");
        if (w.startsWith("oe")) {
            w = w.substring(1);
        }
        w = w.replace("isation", "ization").replace("yse", "yze");
        if (w.endsWith("tre") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "ter";
        }
        if (w.endsWith("our") && w.length() > 5) {
            w = w.substring(0, w.length() - 3) + "or";
        }
        return w;
    }

    /** monitoring → monitor, grouping → group: the -ing form names the same service. */
    static String stem(String word) {
        if (word.endsWith("ing") && word.length() - 3 >= MIN_STEM) {
            return word.substring(0, word.length() - 3);
        }
        return word;
    }

    static String singular(String word) {
        if (word.length() <= 3 || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us")
                || word.endsWith("is")) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }
}

package com.billaudit.extraction;

import com.billaudit.domain.Money;
import com.billaudit.lexicon.Lexicons;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The letters and digits OCR confuses ({@code lexicon/ocr-confusions.txt}) and the digits it
 * confuses with one another ({@code lexicon/ocr-digit-pairs.txt}), read once, here only.
 */
final class OcrConfusions {

    private static final Map<Character, Character> AS_DIGIT = new HashMap<>();
    private static final Map<Character, Character> AS_LETTER = new HashMap<>();
    private static final Map<Character, Character> IN_AMOUNT_AS_DIGIT = new HashMap<>();
    private static final Map<Character, Character> IN_STRENGTH_AS_DIGIT = new LinkedHashMap<>();
    private static final Map<Character, Character> IN_DATE_AS_DIGIT = new HashMap<>();
    private static final Map<String, List<String>> DIGIT_PAIRS = Lexicons.kinds("ocr-digit-pairs");

    static {
        for (String entry : Lexicons.shared("ocr-confusions")) {
            String[] pair = entry.split("\\s+");
            char letter = pair[0].charAt(0);
            char digit = pair[1].charAt(0);
            List<String> where = List.of(pair).subList(2, pair.length);
            if (where.contains("code")) {
                AS_DIGIT.putIfAbsent(letter, digit);
                // the upper-case letter is what a printed code holds
                if (Character.isUpperCase(letter)) {
                    AS_LETTER.putIfAbsent(digit, letter);
                }
            }
            if (where.contains("amount")) {
                IN_AMOUNT_AS_DIGIT.putIfAbsent(letter, digit);
            }
            if (where.contains("strength")) {
                IN_STRENGTH_AS_DIGIT.putIfAbsent(letter, digit);
            }
            if (where.contains("date")) {
                IN_DATE_AS_DIGIT.putIfAbsent(letter, digit);
            }
        }
    }

    private OcrConfusions() {
    }

    /** The digit OCR may have read as {@code c} in a code, or null. */
    static Character asDigit(char c) {
        return AS_DIGIT.get(c);
    }

    /** The capital letter OCR may have read as the digit {@code c}, or null. */
    static Character asLetter(char c) {
        return AS_LETTER.get(c);
    }

    /** The digit OCR may have read as {@code c} in a figure that is mostly digits, or null. */
    static Character inAmountAsDigit(char c) {
        return IN_AMOUNT_AS_DIGIT.get(c);
    }

    /** The digit OCR may have read as {@code c} in a drug strength before its unit, or null. */
    static Character inStrengthAsDigit(char c) {
        return IN_STRENGTH_AS_DIGIT.get(c);
    }

    /** The digit OCR may have read as {@code c} in a row's date cell, or null. */
    static Character inDateAsDigit(char c) {
        return IN_DATE_AS_DIGIT.get(c);
    }

    /** The letters OCR may print for digits in a drug strength ("SOOML"), as one string. */
    static String strengthLetters() {
        StringBuilder letters = new StringBuilder();
        IN_STRENGTH_AS_DIGIT.keySet().forEach(letters::append);
        return letters.toString();
    }

    /**
     * The digit pairs (smaller digit first, "17") OCR confuses where {@code use} applies: a
     * row's quantity ({@code quantity}), a stated total ({@code total}); or, for
     * {@code rupee-sign}, the digits a rupee sign is read as.
     */
    static Set<String> digitPairs(String use) {
        List<String> pairs = DIGIT_PAIRS.get(use);
        if (pairs == null) {
            throw new IllegalStateException("lexicon/ocr-digit-pairs.txt lists no '" + use + ":'");
        }
        return Set.copyOf(pairs);
    }

    /**
     * Whether two amounts, written with two decimals, differ in exactly one digit and that digit is
     * one of {@code pairs} (smaller digit first, as {@link #digitPairs} gives them).
     */
    static boolean oneDigitApart(BigDecimal printed, BigDecimal worked, Set<String> pairs) {
        return oneDigitApart(Money.scaled(printed).toPlainString(), Money.scaled(worked).toPlainString(), pairs);
    }

    /** Whether two spellings of equal length differ in exactly one character, a digit pair of {@code pairs}. */
    static boolean oneDigitApart(String a, String b, Set<String> pairs) {
        if (a.length() != b.length()) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differences++;
                char low = (char) Math.min(a.charAt(i), b.charAt(i));
                char high = (char) Math.max(a.charAt(i), b.charAt(i));
                if (!pairs.contains("" + low + high)) {
                    return false;
                }
            }
        }
        return differences == 1;
    }
}

package com.billaudit.extraction;

import com.billaudit.lexicon.Lexicons;

import java.util.HashMap;
import java.util.Map;

/** The letters and digits OCR confuses ({@code lexicon/ocr-confusions.txt}), read once. */
final class OcrConfusions {

    private static final Map<Character, Character> AS_DIGIT = new HashMap<>();
    private static final Map<Character, Character> AS_LETTER = new HashMap<>();

    static {
        for (String entry : Lexicons.shared("ocr-confusions")) {
            String[] pair = entry.split("\\s+");
            char letter = pair[0].charAt(0);
            char digit = pair[1].charAt(0);
            AS_DIGIT.putIfAbsent(letter, digit);
            // the upper-case letter is what a printed code holds
            if (Character.isUpperCase(letter)) {
                AS_LETTER.putIfAbsent(digit, letter);
            }
        }
    }

    private OcrConfusions() {
    }

    /** The digit OCR may have read as {@code c}, or null. */
    static Character asDigit(char c) {
        return AS_DIGIT.get(c);
    }

    /** The capital letter OCR may have read as the digit {@code c}, or null. */
    static Character asLetter(char c) {
        return AS_LETTER.get(c);
    }
}

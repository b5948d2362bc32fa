package com.billaudit.ocr;

/**
 * Words as OCR boxes them on a test page printed with characters 10 units wide and 20 tall:
 * placed by where they start (left-aligned text) or where they end (right-aligned figures).
 */
final class WordBoxes {

    /** How wide one character is, and how tall a line. */
    static final double CHARACTER = 10;
    static final double HEIGHT = 20;

    private WordBoxes() {
    }

    /** {@code text} starting at {@code left}, its top at {@code top}. */
    static Word startingAt(String text, double left, double top, double confidence) {
        return new Word(text, left, left + CHARACTER * text.length(), top, top + HEIGHT, confidence);
    }

    /** {@code text} ending at {@code right}, as a right-aligned figure stands, its top at {@code top}. */
    static Word endingAt(String text, double right, double top, double confidence) {
        return new Word(text, right - CHARACTER * text.length(), right, top, top + HEIGHT, confidence);
    }
}

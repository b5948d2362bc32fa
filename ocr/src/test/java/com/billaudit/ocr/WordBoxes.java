package com.billaudit.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Words as OCR boxes them on a test page printed with characters 10 units wide and 20 tall:
 * placed by where they start (left-aligned text) or where they end (right-aligned figures), and
 * the page those boxes ink.
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

    /**
     * A white 1400 × 1400 page as the binarised page under a first reading: each word inked in its
     * box but for 4 px above and below (glyphs do not fill a line's box).
     */
    static GrayImage inked(List<Word> words) {
        BufferedImage image = new BufferedImage(1400, 1400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            for (Word word : words) {
                g.fillRect((int) word.left(), (int) word.top() + 4, (int) word.width(), (int) word.height() - 8);
            }
        } finally {
            g.dispose();
        }
        return GrayImage.of(image);
    }
}

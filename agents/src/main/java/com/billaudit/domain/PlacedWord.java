package com.billaudit.domain;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A word where it stands on the page and in its line's text, so that a reader of the line can
 * ask where a column's figures stand instead of guessing from how many spaces pad them.
 *
 * <p>Coordinates are in the page's own units with y growing downwards: points for a PDF text
 * layer, pixels of the page image for OCR, and for plain text the character column (x) and
 * the line's index on the page (y), one unit a character and a line. Only distances on the
 * same page compare.
 *
 * <p>Kept as a JSON array (text, offset, left, right, top, bottom, confidence): a page holds
 * hundreds of words and the intake cache stores them all.
 *
 * @param text       the word as the line's text spells it, without spaces
 * @param offset     the index of the word's first character in its line's text
 * @param left       left edge
 * @param right      right edge
 * @param top        top edge
 * @param bottom     bottom edge (the baseline for text-layer words)
 * @param confidence how sure the reader is of the word, 0..1 (1 for a text layer and plain text)
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record PlacedWord(String text, int offset, double left, double right, double top, double bottom,
                         double confidence) {

    public PlacedWord {
        text = text == null ? "" : text;
    }

    /** The index just past the word's last character in its line's text. */
    public int end() {
        return offset + text.length();
    }

    public double width() {
        return right - left;
    }

    public double centerX() {
        return (left + right) / 2;
    }
}

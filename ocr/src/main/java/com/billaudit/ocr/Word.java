package com.billaudit.ocr;

/**
 * A word placed on a page, in page units with y growing downwards: glyph runs from a PDF text
 * layer or word boxes from OCR. Both become layout lines the same way ({@link LayoutLines}).
 *
 * @param text       the word, without spaces
 * @param left       left edge
 * @param right      right edge
 * @param top        top edge
 * @param bottom     bottom edge (the baseline for text-layer words)
 * @param confidence how sure the reader is of the word, 0..1
 */
record Word(String text, double left, double right, double top, double bottom, double confidence) {

    double width() {
        return right - left;
    }

    double height() {
        return bottom - top;
    }

    double centerY() {
        return (top + bottom) / 2;
    }
}

package com.billaudit.domain;

/**
 * One visual line of a page, its columns kept apart by runs of spaces the way
 * {@code pdftotext -layout} prints them (OCR rebuilds the same from word boxes).
 *
 * @param text       the line's text
 * @param confidence how sure the reader is of the text, 0..1 (1 for a text layer)
 */
public record TextLine(String text, double confidence) {
    public TextLine {
        text = text == null ? "" : text;
    }

    public static TextLine exact(String text) {
        return new TextLine(text, 1.0);
    }
}

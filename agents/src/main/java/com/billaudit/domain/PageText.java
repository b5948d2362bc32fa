package com.billaudit.domain;

import java.util.List;

/**
 * The text of one page.
 *
 * @param number     1-based page number
 * @param lines      the page's lines, top to bottom
 * @param source     how the text was obtained
 * @param confidence mean OCR confidence 0..1, null when not OCR'd
 */
public record PageText(int number, List<TextLine> lines, TextSource source, Double confidence) {
    public PageText {
        lines = List.copyOf(lines);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (TextLine line : lines) {
            sb.append(line.text()).append('\n');
        }
        return sb.toString();
    }
}

package com.billaudit.lexicon;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;

import java.util.ArrayList;
import java.util.List;

/**
 * A printed line as the word lists see it: its text, split once into {@link Phrases#words words},
 * with where it came from and how surely it was read.
 *
 * @param page       1-based page number
 * @param confidence how sure the reader is of the text, 0..1
 * @param recognised whether an OCR engine recognised its glyphs (rather than a text layer or a
 *                   plain-text upload giving them)
 */
public record PrintedLine(int page, String text, double confidence, boolean recognised, List<String> words) {
    public PrintedLine {
        words = List.copyOf(words);
    }

    /** The lines of a page that print anything at all. */
    public static List<PrintedLine> of(PageText page) {
        List<PrintedLine> lines = new ArrayList<>();
        for (TextLine line : page.lines()) {
            if (!line.text().isBlank()) {
                lines.add(new PrintedLine(page.number(), line.text(), line.confidence(), page.source() == TextSource.OCR,
                        Phrases.words(line.text())));
            }
        }
        return lines;
    }

    /** The lines of a document that print anything at all, page after page. */
    public static List<PrintedLine> of(DocumentText text) {
        List<PrintedLine> lines = new ArrayList<>();
        for (PageText page : text.pages()) {
            lines.addAll(of(page));
        }
        return lines;
    }

    /** Whether {@code text} holds a digit 0-9: the cheap test before trying the patterns of a figure or a date. */
    public static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}

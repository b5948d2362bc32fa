package com.billaudit.testing;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;

import java.util.ArrayList;
import java.util.List;

/** Test pages as OCR hands them over, written as text blocks. */
public final class ScannedPages {
    /** The page confidence of a fair scan. */
    private static final double FAIR_SCAN = 0.8;

    private ScannedPages() {
    }

    /**
     * Pages whose every line is written {@code "0.91 text"}: how sure OCR was of the line (four
     * characters and a space), then what it read; each page read with confidence 0.8.
     */
    public static DocumentText scan(String... pages) {
        return scanAt(FAIR_SCAN, pages);
    }

    /** As {@link #scan}, each page read with {@code pageConfidence}. */
    public static DocumentText scanAt(double pageConfidence, String... pages) {
        List<PageText> read = new ArrayList<>();
        for (String page : pages) {
            read.add(new PageText(read.size() + 1, lines(page), TextSource.OCR, pageConfidence));
        }
        return new DocumentText(read);
    }

    /** The lines of one page written {@code "0.91 text"}, each with the confidence it is written with. */
    public static List<TextLine> lines(String page) {
        return page.lines().map(l -> new TextLine(l.substring(5), Double.parseDouble(l.substring(0, 4)))).toList();
    }

    /** A text as one scanned page, every line and the page read with the same confidence. */
    public static DocumentText uniform(String text, double confidence) {
        List<TextLine> lines = text.lines().map(l -> new TextLine(l, confidence)).toList();
        return new DocumentText(List.of(new PageText(1, lines, TextSource.OCR, confidence)));
    }
}

package com.billaudit.ocr;

import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain-text upload: one page per form feed, lines kept as written, tabs expanded, and
 * each word boxed by its character column and line (monospace geometry).
 */
final class PlainTextReader {

    private static final int TAB_STOP = 8;

    private PlainTextReader() {
    }

    static List<PageText> read(byte[] content) {
        String text = MediaTypes.decodeText(content).replace("\r\n", "\n").replace('\r', '\n');
        String[] pageTexts = text.split("\f", -1);
        List<PageText> pages = new ArrayList<>();
        for (String pageText : pageTexts) {
            List<TextLine> lines = lines(pageText);
            if (!lines.isEmpty() || pageTexts.length == 1) {
                pages.add(new PageText(pages.size() + 1, lines, TextSource.TEXT, null));
            }
        }
        return pages;
    }

    private static List<TextLine> lines(String pageText) {
        List<String> raw = new ArrayList<>(List.of(pageText.split("\n", -1)));
        // A trailing newline does not start another line.
        while (!raw.isEmpty() && raw.getLast().isBlank()) {
            raw.removeLast();
        }
        List<TextLine> lines = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            lines.add(TextLine.monospaced(expandTabs(raw.get(i)), i, 1.0));
        }
        return lines;
    }

    static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder sb = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                do {
                    sb.append(' ');
                } while (sb.length() % TAB_STOP != 0);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

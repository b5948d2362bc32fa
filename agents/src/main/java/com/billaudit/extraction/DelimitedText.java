package com.billaudit.extraction;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain-text bill exported as comma-separated values ("Item,Quantity,Rate,Amount") laid out as
 * the aligned table the reader reads: each field padded to its column's width, columns two spaces
 * apart. Only a page most of whose lines split into the same number (three or more) of fields,
 * with figures among them and none padded with runs of spaces, is taken for such a table; prose
 * with commas and laid-out lines with grouped figures are left as they are.
 */
final class DelimitedText {
    private static final int MIN_FIELDS = 3;
    private static final int MIN_ROWS = 3;

    private DelimitedText() {
    }

    static DocumentText aligned(DocumentText text) {
        List<PageText> pages = new ArrayList<>();
        boolean changed = false;
        for (PageText page : text.pages()) {
            PageText laid = page.source() == TextSource.TEXT ? aligned(page) : page;
            changed |= laid != page;
            pages.add(laid);
        }
        return changed ? new DocumentText(pages) : text;
    }

    private static PageText aligned(PageText page) {
        List<List<String>> split = page.lines().stream().map(l -> fields(l.text())).toList();
        Map<Integer, Integer> counts = new HashMap<>();
        long nonBlank = page.lines().stream().filter(l -> !l.text().isBlank()).count();
        split.stream().filter(f -> f.size() >= MIN_FIELDS).forEach(f -> counts.merge(f.size(), 1, Integer::sum));
        int width = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        List<List<String>> rows = split.stream().filter(f -> f.size() == width).toList();
        long withFigures = rows.stream().filter(f -> f.stream().anyMatch(NumberReader::isNumber)).count();
        // a line laid out by spaces ("1,85,000.00    95,000") holds grouped figures, not fields
        boolean padded = split.stream().filter(f -> f.size() == width).anyMatch(f -> f.stream().anyMatch(c -> c.contains("  ")));
        if (width == 0 || padded || rows.size() < MIN_ROWS || rows.size() * 2 < nonBlank || withFigures < 2) {
            return page;
        }
        int[] widths = new int[width];
        for (List<String> row : rows) {
            for (int c = 0; c < width; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < page.lines().size(); i++) {
            List<String> row = split.get(i);
            TextLine line = page.lines().get(i);
            lines.add(row.size() == width ? TextLine.monospaced(render(row, widths), i, line.confidence()) : line);
        }
        return new PageText(page.number(), lines, page.source(), page.confidence());
    }

    private static String render(List<String> row, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c).isEmpty() ? "" : row.get(c);
            sb.append(cell);
            if (c + 1 < row.size()) {
                sb.append(" ".repeat(widths[c] - cell.length() + 2));
            }
        }
        return sb.toString().stripTrailing();
    }

    /** A line's comma-separated fields, quotes honoured ("1,045.00" is one field); one field when it has no commas. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}

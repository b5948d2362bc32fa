package com.billaudit.ocr;

import com.billaudit.domain.PlacedWord;
import com.billaudit.domain.TextLine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds a page's visual lines from placed words the way {@code pdftotext -layout} prints
 * them: words sharing a row form one line, ordered by x, and each word starts at a column
 * proportional to its x (x divided by the page's mean character width). A gap the width of a
 * normal space stays one space; a wider gap becomes at least two, so table columns stay apart
 * for the extraction that splits rows on runs of spaces. Each line keeps its words with their
 * boxes and where each starts in the line's text.
 */
final class LayoutLines {

    /** Words whose vertical extents overlap by at least this share of the smaller one share a row. */
    private static final double ROW_OVERLAP = 0.5;
    /** A gap up to this many mean character widths is an ordinary space between words. */
    private static final double WORD_GAP = 1.5;

    private LayoutLines() {
    }

    static List<TextLine> build(List<Word> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        double charWidth = meanCharWidth(words);
        double origin = words.stream().mapToDouble(Word::left).min().orElse(0);
        List<TextLine> lines = new ArrayList<>();
        for (List<Word> row : rows(words)) {
            lines.add(render(row, charWidth, origin));
        }
        return lines;
    }

    /** Groups words into rows by vertical overlap; rows top to bottom, words left to right. */
    static List<List<Word>> rows(List<Word> words) {
        List<Word> byCenter = new ArrayList<>(words);
        byCenter.sort(Comparator.comparingDouble(Word::centerY));
        List<Row> rows = new ArrayList<>();
        for (Word word : byCenter) {
            Row best = null;
            double bestOverlap = 0;
            // Only recent rows can overlap: words arrive sorted by their vertical centre.
            for (int i = rows.size() - 1; i >= 0 && i >= rows.size() - 3; i--) {
                double overlap = rows.get(i).overlap(word);
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = rows.get(i);
                }
            }
            if (best != null && bestOverlap >= ROW_OVERLAP) {
                best.add(word);
            } else {
                Row row = new Row();
                row.add(word);
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparingDouble(Row::centerY));
        List<List<Word>> result = new ArrayList<>(rows.size());
        for (Row row : rows) {
            row.words.sort(Comparator.comparingDouble(Word::left));
            result.add(row.words);
        }
        return result;
    }

    private static TextLine render(List<Word> row, double charWidth, double origin) {
        StringBuilder line = new StringBuilder();
        List<PlacedWord> placed = new ArrayList<>(row.size());
        Word previous = null;
        for (Word word : row) {
            if (previous != null) {
                double gap = word.left() - previous.right();
                if (gap <= WORD_GAP * charWidth) {
                    line.append(' ');
                } else {
                    int column = (int) Math.round((word.left() - origin) / charWidth);
                    line.append(" ".repeat(Math.max(2, column - line.length())));
                }
            } else {
                int column = (int) Math.round((word.left() - origin) / charWidth);
                line.append(" ".repeat(Math.max(0, column)));
            }
            placed.add(placed(word, line.length()));
            line.append(word.text());
            previous = word;
        }
        return new TextLine(line.toString(), meanConfidence(row), placed);
    }

    /**
     * The word as the domain keeps it: coordinates to a hundredth of a unit (a hundredth of a
     * point, or of a pixel) and confidence to a thousandth, finer than any reader needs.
     */
    private static PlacedWord placed(Word word, int offset) {
        return new PlacedWord(word.text(), offset, hundredths(word.left()), hundredths(word.right()),
                hundredths(word.top()), hundredths(word.bottom()), Math.round(word.confidence() * 1000) / 1000.0);
    }

    private static double hundredths(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double meanCharWidth(List<Word> words) {
        double width = 0;
        int chars = 0;
        for (Word word : words) {
            width += word.width();
            chars += word.text().length();
        }
        return chars == 0 || width <= 0 ? 1 : width / chars;
    }

    private static double meanConfidence(List<Word> row) {
        return row.stream().mapToDouble(Word::confidence).average().orElse(0);
    }

    /** A row being collected: its vertical extent is the mean of its words' extents. */
    private static final class Row {
        private final List<Word> words = new ArrayList<>();
        private double topSum;
        private double bottomSum;

        void add(Word word) {
            words.add(word);
            topSum += word.top();
            bottomSum += word.bottom();
        }

        double top() {
            return topSum / words.size();
        }

        double bottom() {
            return bottomSum / words.size();
        }

        double centerY() {
            return (top() + bottom()) / 2;
        }

        /** Vertical overlap with a word as a share of the smaller height. */
        double overlap(Word word) {
            double overlap = Math.min(bottom(), word.bottom()) - Math.max(top(), word.top());
            double smaller = Math.min(bottom() - top(), word.height());
            return smaller <= 0 ? 0 : overlap / smaller;
        }
    }
}

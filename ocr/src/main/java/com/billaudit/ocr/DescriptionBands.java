package com.billaudit.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the few table rows of a surely read page whose description was read far less surely
 * than the page's other lines: a description wrapped over two printed lines with the row's
 * figures centred between them, which Tesseract's line finder runs together with the figures
 * into one garbled line and whose first line it partly loses. Such a row's description band
 * (from the table's left edge to the gutter before its first figure column, the row and its
 * neighbouring lines) read alone is a clean block of description lines.
 *
 * <p>Works from the first reading's word boxes and the page's ink (the gutter), like
 * {@link StaggeredColumns}, which reads a whole page of such rows again; this reads the odd
 * row of a page whose other rows print on one line.
 */
final class DescriptionBands {

    /** A page whose median line is read at least this surely reads its table well ... */
    static final double SURE_PAGE = 0.85;
    /** ... so a table line read below this was garbled, not faint. */
    static final double UNSURE_LINE = 0.65;
    /** Bands read again on a page at most: each costs a strip reading. */
    static final int MAX_BANDS = 3;
    /** A table row holds at least this many figures right of the description gutter. */
    private static final int ROW_FIGURES = 2;
    /** White above and below a band's lines, and left of the table, as a share of a line's height. */
    private static final double PAD = 0.3;

    private DescriptionBands() {
    }

    /** A rectangle of the page read again alone, from left/top (inclusive) to right/bottom (exclusive). */
    record Band(int left, int top, int right, int bottom) {

        /** Whether the word's centre lies in the band: a word of its first reading. */
        boolean holds(Word word) {
            double x = (word.left() + word.right()) / 2;
            double y = word.centerY();
            return x >= left && x < right && y >= top && y < bottom;
        }

        /** Clear of the band's edges: a whole word, not a glyph cut by the edge. */
        boolean whole(Word word) {
            return word.left() > left && word.right() < right - 1 && word.top() > top && word.bottom() < bottom - 1;
        }
    }

    /** The description bands of the page's unsure table rows, top to bottom; none on a page that reads poorly overall. */
    static List<Band> of(GrayImage page, List<Word> words) {
        List<List<Word>> rows = LayoutLines.rows(words);
        if (rows.size() < StaggeredColumns.MIN_TABLE_ROWS || median(rows) <= SURE_PAGE) {
            return List.of();
        }
        List<List<Word>> body = StaggeredColumns.tableBody(rows);
        if (body.isEmpty()) {
            return List.of();
        }
        double lineHeight = body.stream().flatMap(List::stream).mapToDouble(Word::height).sorted()
                .skip(body.stream().mapToLong(List::size).sum() / 2).findFirst().orElseThrow();
        int top = (int) Math.floor(body.getFirst().stream().mapToDouble(Word::top).min().orElseThrow());
        int bottom = (int) Math.ceil(body.getLast().stream().mapToDouble(Word::bottom).max().orElseThrow());
        List<int[]> gutters = StaggeredColumns.gutters(page, top, bottom, lineHeight);
        if (gutters.isEmpty()) {
            return List.of();
        }
        int cut = (gutters.getFirst()[0] + gutters.getFirst()[1]) / 2;
        int pad = (int) Math.ceil(PAD * lineHeight);
        int tableLeft = (int) Math.max(0, body.stream().flatMap(List::stream)
                .filter(word -> word.right() <= cut).mapToDouble(Word::left).min().orElse(cut) - pad);
        int first = rows.indexOf(body.getFirst());
        int last = rows.indexOf(body.getLast());
        List<Band> bands = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            List<Word> row = rows.get(i);
            if (mean(row) >= UNSURE_LINE || !isTableRow(row, cut)) {
                continue;
            }
            // the neighbouring lines too: the description's other printed line is one of them
            int bandTop = (int) Math.floor(rows.get(Math.max(0, i - 1)).stream().mapToDouble(Word::top).min().orElseThrow()) - pad;
            int bandBottom = (int) Math.ceil(rows.get(Math.min(rows.size() - 1, i + 1)).stream()
                    .mapToDouble(Word::bottom).max().orElseThrow()) + pad;
            bands.add(new Band(tableLeft, Math.max(0, bandTop), cut, Math.min(page.height(), bandBottom)));
        }
        return joined(bands).stream().limit(MAX_BANDS).toList();
    }

    /**
     * The words of the page after a band was read again: the band's whole words replace the
     * first reading's words they overlap, only when they read surer than those words did.
     */
    static List<Word> merge(List<Word> firstWords, Band band, List<Word> bandWords) {
        List<Word> kept = bandWords.stream().filter(band::whole).toList();
        List<Word> displaced = firstWords.stream()
                .filter(word -> band.holds(word) && kept.stream().anyMatch(read -> intersects(read, word)))
                .toList();
        if (kept.isEmpty() || displaced.isEmpty() || mean(kept) <= mean(displaced)
                || characters(kept) < characters(displaced) / 2) {
            return firstWords;
        }
        List<Word> merged = new ArrayList<>(firstWords);
        merged.removeAll(displaced);
        merged.addAll(kept);
        return merged;
    }

    /** Figures right of the gutter, a description left of it. */
    private static boolean isTableRow(List<Word> row, int cut) {
        long figures = row.stream().filter(word -> word.left() >= cut && StaggeredColumns.isFigure(word)).count();
        return figures >= ROW_FIGURES && row.stream().anyMatch(word -> word.right() <= cut);
    }

    /** Overlapping bands as one: two neighbouring unsure rows share their lines. */
    private static List<Band> joined(List<Band> bands) {
        List<Band> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparingInt(Band::top));
        List<Band> joined = new ArrayList<>();
        for (Band band : sorted) {
            if (!joined.isEmpty() && joined.getLast().bottom() > band.top()) {
                Band previous = joined.removeLast();
                joined.add(new Band(previous.left(), previous.top(), previous.right(), Math.max(previous.bottom(), band.bottom())));
            } else {
                joined.add(band);
            }
        }
        return joined;
    }

    private static double median(List<List<Word>> rows) {
        double[] confidences = rows.stream().mapToDouble(DescriptionBands::mean).sorted().toArray();
        return confidences[confidences.length / 2];
    }

    private static double mean(List<Word> row) {
        return row.stream().mapToDouble(Word::confidence).average().orElse(0);
    }

    private static long characters(List<Word> words) {
        return words.stream().mapToLong(word -> word.text().codePoints().filter(Character::isLetterOrDigit).count()).sum();
    }

    private static boolean intersects(Word a, Word b) {
        return Math.min(a.right(), b.right()) > Math.max(a.left(), b.left())
                && Math.min(a.bottom(), b.bottom()) > Math.max(a.top(), b.top());
    }
}

package com.billaudit.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a table whose columns are printed at different heights: a description wrapped over two
 * lines with the row's date, quantity and net amount centred between those lines, and the gross
 * amount half a line higher. Read as one block, Tesseract's line finder merges words of
 * different baselines across the page into one line and loses the description's first words.
 * Each strip of columns printed at one height, read alone, is a clean column of lines.
 *
 * <p>Works from the first reading's word boxes (where the table is, where its lines sit in each
 * column) and the page's ink (where the white gutters between columns run), so only a page that
 * shows the problem pays for the second reading.
 */
final class StaggeredColumns {

    /** A figure has at least this many digits, and they are at least half of it. */
    private static final int FIGURE_DIGITS = 2;
    /** A table row holds at least this many figures (date and amount, quantity and amount). */
    private static final int ROW_FIGURES = 2;
    /** A table body has at least this many such rows. */
    static final int MIN_TABLE_ROWS = 6;
    /** Table rows further apart than this many line heights belong to different blocks of the page. */
    private static final double BLOCK_GAP = 6;
    /** A gutter is at least this many line heights wide: spaces between words are narrower. */
    private static final double GUTTER_WIDTH = 1.0;
    /**
     * Slices of a line's height in which a gutter may hold ink: a page footer or a section title
     * running across the columns (its words are then left as first read), not a column of text,
     * whose thin strokes (the slashes of its dates) ink every slice a little.
     */
    private static final int GUTTER_INKED_SLICES = 4;
    /**
     * Lines of two neighbouring columns overlapping by at least this share of the smaller are one
     * printed row: {@link LayoutLines} joins them (its row overlap), however the print drifts.
     */
    private static final double ALIGNED = 0.5;
    /** Lines overlapping by less than this share are separate rows, not one row printed at two heights. */
    private static final double APART = 0.1;
    /** Two columns are staggered when this many lines of one sit at another height than the other's ... */
    static final int MIN_SHIFTED = 3;
    /** ... and they are at least this share of its lines that meet a line of the other. */
    static final double SHIFTED_SHARE = 0.15;
    /**
     * Line heights above and below the table's rows that its strips also read: the gross amount
     * half a line above the first row, a wrapped description's last line below the last row
     * (a line below it on a real bill); the column titles, further up, stay as first read.
     */
    private static final double REACH = 1.0;
    /** A gray level at or below this is ink. */
    private static final int INK = 127;

    private StaggeredColumns() {
    }

    /** A vertical band of the page, from left (inclusive) to right (exclusive), in pixels. */
    record Strip(int left, int right) {
    }

    /**
     * A staggered table and how to read it again.
     *
     * @param top    top of the table's rows (pixels)
     * @param bottom bottom of the table's rows
     * @param reach  how far above and below its rows the strips read: a gross amount printed half
     *               a line above the first row, a description's last line below the last
     * @param strips    the page cut at the gutters, left to right, covering the page's width
     * @param crossings heights {from, to} where ink runs across a gutter (a page footer, a title
     *                  over the columns): the strips read those lines only in pieces
     */
    record Plan(int top, int bottom, int reach, List<Strip> strips, List<int[]> crossings) {

        /** Whether a strip's word lies on a line that runs across a gutter. */
        boolean crossed(Word word) {
            return crossings.stream().anyMatch(band -> word.top() < band[1] && word.bottom() > band[0]);
        }
    }

    /**
     * A strip's word placed on the page, with the rectangle of the page its strip read.
     */
    record StripWord(Word word, int left, int top, int right, int bottom) {

        /** Clear of the read rectangle's edges: a whole word, not a glyph cut by the edge. */
        boolean whole() {
            return word.left() > left && word.right() < right - 1 && word.top() > top && word.bottom() < bottom - 1;
        }
    }

    /** The plan for reading the page's table strip by strip, when its columns are staggered. */
    static Optional<Plan> of(GrayImage page, List<Word> words) {
        List<List<Word>> body = tableBody(LayoutLines.rows(words));
        if (body.isEmpty()) {
            return Optional.empty();
        }
        double lineHeight = medianHeight(body);
        int top = (int) Math.floor(body.getFirst().stream().mapToDouble(Word::top).min().orElseThrow());
        int bottom = (int) Math.ceil(body.getLast().stream().mapToDouble(Word::bottom).max().orElseThrow());
        List<int[]> gutters = gutters(page, top, bottom, lineHeight);
        if (gutters.isEmpty()) {
            return Optional.empty();
        }
        List<Strip> columns = new ArrayList<>();
        int left = 0;
        for (int[] gutter : gutters) {
            int cut = (gutter[0] + gutter[1]) / 2;
            columns.add(new Strip(left, cut));
            left = cut;
        }
        columns.add(new Strip(left, page.width()));
        List<Word> bodyWords = words.stream()
                .filter(word -> word.centerY() >= top && word.centerY() <= bottom)
                .toList();
        if (!isStaggered(bodyWords, columns)) {
            return Optional.empty();
        }
        int reach = (int) Math.ceil(REACH * lineHeight);
        return Optional.of(new Plan(top, bottom, reach, columns, crossings(page, gutters, top - reach, bottom + reach)));
    }

    /**
     * The words of the page after the strips were read: each whole word of a strip replaces the
     * first reading's words it overlaps; the first reading stands wherever no strip word is, and
     * on the lines of words that run across a cut (a footer, a title over the columns), which
     * the strips read only in pieces.
     */
    static List<Word> merge(List<Word> firstWords, Plan plan, List<StripWord> stripWords) {
        List<Word> kept = stripWords.stream()
                .filter(StripWord::whole)
                .map(StripWord::word)
                .filter(word -> !plan.crossed(word))
                .toList();
        List<Word> merged = new ArrayList<>();
        for (Word word : firstWords) {
            if (kept.stream().noneMatch(strip -> intersects(strip, word))) {
                merged.add(word);
            }
        }
        merged.addAll(kept);
        return merged;
    }

    /**
     * The page's main table: the block of rows with figures (one block while rows holding a
     * figure follow each other within a few lines; a bill's header dates are another block)
     * with the most table rows, two or more figures each; from its first table row to its last.
     */
    static List<List<Word>> tableBody(List<List<Word>> rows) {
        List<List<Word>> withFigures = rows.stream().filter(row -> figures(row) > 0).toList();
        if (withFigures.isEmpty()) {
            return List.of();
        }
        double lineHeight = medianHeight(withFigures);
        List<List<Word>> best = List.of();
        int start = 0;
        for (int i = 1; i <= withFigures.size(); i++) {
            boolean ends = i == withFigures.size()
                    || centerY(withFigures.get(i)) - centerY(withFigures.get(i - 1)) > BLOCK_GAP * lineHeight;
            if (ends) {
                List<List<Word>> tableRows = withFigures.subList(start, i).stream()
                        .filter(row -> figures(row) >= ROW_FIGURES)
                        .toList();
                if (tableRows.size() > best.size()) {
                    best = tableRows;
                }
                start = i;
            }
        }
        if (best.size() < MIN_TABLE_ROWS) {
            return List.of();
        }
        return rows.subList(rows.indexOf(best.getFirst()), rows.indexOf(best.getLast()) + 1);
    }

    private static long figures(List<Word> row) {
        return row.stream().filter(StaggeredColumns::isFigure).count();
    }

    /**
     * White vertical runs across the table's rows, at least a line height wide, between inked
     * columns (the margins left and right of the table are no gutters). Each as {from, to}.
     */
    static List<int[]> gutters(GrayImage page, int top, int bottom, double lineHeight) {
        // per column of pixels: in how many slices of a line's height it holds ink
        int[] ink = new int[page.width()];
        int slice = Math.max(1, (int) Math.round(lineHeight));
        boolean[] inked = new boolean[page.width()];
        for (int y0 = Math.max(0, top); y0 < Math.min(page.height(), bottom); y0 += slice) {
            java.util.Arrays.fill(inked, false);
            for (int y = y0; y < Math.min(y0 + slice, Math.min(page.height(), bottom)); y++) {
                int row = y * page.width();
                for (int x = 0; x < page.width(); x++) {
                    if ((page.pixels()[row + x] & 0xFF) <= INK) {
                        inked[x] = true;
                    }
                }
            }
            for (int x = 0; x < page.width(); x++) {
                if (inked[x]) {
                    ink[x]++;
                }
            }
        }
        int allowed = GUTTER_INKED_SLICES;
        int minWidth = (int) Math.ceil(GUTTER_WIDTH * lineHeight);
        List<int[]> gutters = new ArrayList<>();
        int x = 0;
        while (x < ink.length && ink[x] <= allowed) {
            x++; // the left margin
        }
        int runStart = -1;
        for (; x < ink.length; x++) {
            if (ink[x] <= allowed) {
                if (runStart < 0) {
                    runStart = x;
                }
            } else if (runStart >= 0) {
                if (x - runStart >= minWidth) {
                    gutters.add(new int[]{runStart, x});
                }
                runStart = -1;
            }
        }
        // a run still open at the right edge is the right margin
        return gutters;
    }

    /**
     * Whether some neighbouring columns' lines sit at different heights: many lines of one
     * overlap a line of the other by only part of their height. In a plain table a line beside
     * another is the same row at the same height, or beside white. One such pair is enough: the
     * first reading of a staggered table is garbled, and its other columns' boxes with it.
     */
    static boolean isStaggered(List<Word> bodyWords, List<Strip> columns) {
        List<List<double[]>> lines = new ArrayList<>();
        for (Strip column : columns) {
            List<Word> inColumn = bodyWords.stream()
                    .filter(word -> (word.left() + word.right()) / 2 >= column.left()
                            && (word.left() + word.right()) / 2 < column.right())
                    .toList();
            lines.add(LayoutLines.rows(inColumn).stream()
                    .map(row -> new double[]{
                            row.stream().mapToDouble(Word::top).average().orElseThrow(),
                            row.stream().mapToDouble(Word::bottom).average().orElseThrow()})
                    .toList());
        }
        for (int i = 1; i < columns.size(); i++) {
            if (shiftedApart(lines.get(i - 1), lines.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Heights {from, to} where ink lies on a gutter's middle, where the page is cut, between top
     * and bottom: a line of text running across the columns.
     */
    static List<int[]> crossings(GrayImage page, List<int[]> gutters, int top, int bottom) {
        List<int[]> bands = new ArrayList<>();
        int from = -1;
        for (int y = Math.max(0, top); y <= Math.min(page.height(), bottom); y++) {
            boolean inked = false;
            if (y < Math.min(page.height(), bottom)) {
                int row = y * page.width();
                for (int g = 0; g < gutters.size() && !inked; g++) {
                    int cut = (gutters.get(g)[0] + gutters.get(g)[1]) / 2;
                    for (int x = cut - 1; x <= cut + 1; x++) {
                        if ((page.pixels()[row + x] & 0xFF) <= INK) {
                            inked = true;
                            break;
                        }
                    }
                }
            }
            if (inked && from < 0) {
                from = y;
            } else if (!inked && from >= 0) {
                bands.add(new int[]{from, y});
                from = -1;
            }
        }
        return bands;
    }

    /** Whether many lines of a column meet a line of its neighbour at another height. */
    private static boolean shiftedApart(List<double[]> neighbours, List<double[]> column) {
        int shifted = 0;
        int aligned = 0;
        for (double[] line : column) {
            double best = 0;
            for (double[] neighbour : neighbours) {
                best = Math.max(best, overlap(line, neighbour));
            }
            if (best >= ALIGNED) {
                aligned++;
            } else if (best > APART) {
                shifted++;
            }
        }
        return shifted >= MIN_SHIFTED && shifted >= SHIFTED_SHARE * (shifted + aligned);
    }

    /** Vertical overlap of two lines as a share of the smaller one's height. */
    private static double overlap(double[] a, double[] b) {
        double smaller = Math.min(a[1] - a[0], b[1] - b[0]);
        return smaller <= 0 ? 0 : Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0])) / smaller;
    }

    private static boolean intersects(Word a, Word b) {
        return Math.min(a.right(), b.right()) > Math.max(a.left(), b.left())
                && Math.min(a.bottom(), b.bottom()) > Math.max(a.top(), b.top());
    }

    /**
     * A date, amount or code: two or more digits, at least half the word (a misread dash or
     * currency mark beside them, "—-148.00", still counts; "4NO" does not).
     */
    static boolean isFigure(Word word) {
        long digits = word.text().chars().filter(Character::isDigit).count();
        return digits >= FIGURE_DIGITS && 2 * digits >= word.text().length();
    }

    private static double centerY(List<Word> row) {
        return row.stream().mapToDouble(Word::centerY).average().orElseThrow();
    }

    private static double medianHeight(List<List<Word>> rows) {
        double[] heights = rows.stream().flatMap(List::stream).mapToDouble(Word::height).sorted().toArray();
        return heights.length == 0 ? 0 : heights[heights.length / 2];
    }
}

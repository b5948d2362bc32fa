package com.billaudit.extraction;

import com.billaudit.domain.PlacedWord;
import com.billaudit.domain.TextLine;

import java.util.ArrayList;
import java.util.List;

/**
 * How a page's laid-out text maps where a word stands on the page to the character offset it is
 * printed at: offset = (x - origin) / unitsPerCharacter. A scan's layout lines are rebuilt from
 * the words' boxes this way, each page from its own leftmost word, so the same column of the same
 * form stands at different offsets on two pages (a speck in the margin moves the whole page) but at
 * the same place on the page image. A header carried to a later page is moved through both scales.
 *
 * @param origin            where offset 0 stands on the page
 * @param unitsPerCharacter how wide one character of the layout is, in the page's units
 */
record PageScale(double origin, double unitsPerCharacter) {

    /** Fewer placed words than this say nothing certain about a page's scale. */
    private static final int MIN_WORDS = 20;
    /** How far (in characters) a word may stand from the fitted scale and still count for it. */
    private static final double OUTLIER = 2.0;
    /** The share of the page's words the scale must place within {@link #OUTLIER}. */
    private static final double AGREEING = 0.9;
    /** How much two pages' character widths may differ and still be the same print at the same size. */
    private static final double SAME_SIZE = 0.05;

    /** The page's scale from its words, or null when the page has too few placed words or they do not agree on one. */
    static PageScale of(List<TextLine> lines) {
        List<double[]> points = new ArrayList<>();
        for (TextLine line : lines) {
            for (PlacedWord word : line.words()) {
                points.add(new double[] {word.left(), word.offset()});
            }
        }
        if (points.size() < MIN_WORDS) {
            return null;
        }
        PageScale first = fit(points);
        if (first == null) {
            return null;
        }
        // a word OCR placed oddly (a stamp's speck, a line OCR joined) must not tilt the fit
        List<double[]> agreeing = points.stream().filter(p -> Math.abs(first.offsetAt(p[0]) - p[1]) <= OUTLIER).toList();
        if (agreeing.size() < points.size() * AGREEING) {
            return null;
        }
        return fit(agreeing);
    }

    /** Least squares of offset on x; null when the words are too few or do not spread across the page. */
    private static PageScale fit(List<double[]> points) {
        StraightLine line = points.size() < MIN_WORDS ? null : StraightLine.fitted(points);
        if (line == null || line.slope() <= 0) {
            return null;
        }
        return new PageScale(-line.intercept() / line.slope(), 1 / line.slope());
    }

    double offsetAt(double x) {
        return (x - origin) / unitsPerCharacter;
    }

    double xAt(double offset) {
        return origin + offset * unitsPerCharacter;
    }

    /** Whether two pages were printed (and scanned) at the same size, so that a place on one is the same place on the other. */
    boolean sameSize(PageScale other) {
        return Math.abs(unitsPerCharacter - other.unitsPerCharacter) <= SAME_SIZE * Math.max(unitsPerCharacter, other.unitsPerCharacter);
    }

    /** {@code header}, read on a page of this scale, with its columns at the offsets where they stand on a page of scale {@code page}. */
    TableHeader moved(TableHeader header, PageScale page) {
        List<Column> moved = new ArrayList<>(header.columns().size());
        for (Column c : header.columns()) {
            int start = (int) Math.round(page.offsetAt(xAt(c.start())));
            int width = c.end() - c.start();
            moved.add(new Column(c.role(), c.title(), Math.max(0, start), Math.max(0, start) + width));
        }
        return new TableHeader(moved);
    }
}

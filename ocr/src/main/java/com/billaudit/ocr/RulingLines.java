package com.billaudit.ocr;

/**
 * Removes table ruling lines, which make Tesseract drop whole rows of bordered tables. A
 * morphological opening with a long horizontal (or vertical) kernel keeps exactly the ink runs
 * at least that long; no glyph has such runs, so those runs are the rules, and they are painted
 * over with paper.
 */
final class RulingLines {

    /** Rules are at least this share of the page's width (horizontal) or height (vertical). */
    private static final double MIN_SHARE = 1 / 25.0;
    /** Lines are painted over this many pixels beyond the ink, to take their anti-aliased edges. */
    private static final int EDGE = 1;
    private static final byte PAPER = (byte) 255;
    /** Runs at least this share of the page's width (or height) are rules whatever crosses them. */
    private static final double LONG_SHARE = 1 / 5.0;
    /** A shorter run is a rule only when at most this share of it is much thicker than the rule. */
    private static final double THICK_SHARE = 0.4;
    /** A rule is at least this many times longer than it is thick; bold glyphs fused into a blob are not. */
    private static final int SLENDER = 12;
    /**
     * The rules that part a header's cells on a joined page ({@link BrokenStrokes}) are only a
     * little taller than its letters and about eleven times as long as they are thick: short
     * uprights that long count as rules there, since no letter stands that tall.
     */
    private static final int SLENDER_SHORT_UPRIGHT = 10;
    /** How far thickness across a run is measured each way, in pixels. */
    private static final int MAX_CROSS = 40;

    private RulingLines() {
    }

    /** Paints the ruling lines found in {@code ink} white in {@code page}; returns how many pixels. */
    static int remove(GrayImage page, boolean[] ink) {
        return remove(page, ink, shortestRule(page.height()), SLENDER);
    }

    /**
     * As {@link #remove(GrayImage, boolean[])}, with vertical rules as short as {@code shortestVertical}
     * pixels: a joined page's header-cell rules.
     */
    static int removeWithShortUprights(GrayImage page, boolean[] ink, int shortestVertical) {
        return remove(page, ink, shortestVertical, SLENDER_SHORT_UPRIGHT);
    }

    private static int remove(GrayImage page, boolean[] ink, int shortestVertical, int verticalSlender) {
        int w = page.width();
        int h = page.height();
        boolean[] rule = new boolean[ink.length];
        markHorizontalRuns(ink, rule, w, h, shortestRule(w));
        markVerticalRuns(ink, rule, w, h, shortestVertical, verticalSlender);
        byte[] pixels = page.pixels();
        int removed = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (rule[y * w + x]) {
                    removed++;
                    for (int dy = -EDGE; dy <= EDGE; dy++) {
                        for (int dx = -EDGE; dx <= EDGE; dx++) {
                            int nx = x + dx;
                            int ny = y + dy;
                            if (nx >= 0 && ny >= 0 && nx < w && ny < h) {
                                pixels[ny * w + nx] = PAPER;
                            }
                        }
                    }
                }
            }
        }
        return removed;
    }

    /** The shortest rule across a page this many pixels long. */
    private static int shortestRule(int pageLength) {
        return Math.max(20, (int) (pageLength * MIN_SHARE));
    }

    /**
     * Whether a long ink run is a thin line rather than a row of bold glyphs fused into one
     * blob: across most of a rule the ink is no thicker than the rule itself (only where text
     * touches it does it reach further), while fused glyphs are ink a glyph's height thick at
     * nearly every point. Measures, at each point of the run, the ink's thickness across it.
     */
    static boolean isThin(boolean[] ink, int w, int h, int from, int to, int at, boolean horizontal) {
        return isThin(ink, w, h, from, to, at, horizontal, SLENDER);
    }

    /** @param slender how many times longer than thick the run must be */
    private static boolean isThin(boolean[] ink, int w, int h, int from, int to, int at, boolean horizontal, int slender) {
        int length = to - from;
        int[] thickness = new int[length];
        for (int i = 0; i < length; i++) {
            int along = from + i;
            int count = 1;
            for (int d = 1; d <= MAX_CROSS && at - d >= 0 && ink[index(along, at - d, w, horizontal)]; d++) {
                count++;
            }
            for (int d = 1; d <= MAX_CROSS && at + d < (horizontal ? h : w) && ink[index(along, at + d, w, horizontal)]; d++) {
                count++;
            }
            thickness[i] = count;
        }
        int[] sorted = thickness.clone();
        java.util.Arrays.sort(sorted);
        int own = sorted[length / 4];
        int thick = 0;
        for (int t : thickness) {
            if (t > 2 * own + 2) {
                thick++;
            }
        }
        return length >= slender * own && thick <= THICK_SHARE * length;
    }

    private static int index(int along, int across, int w, boolean horizontal) {
        return horizontal ? across * w + along : along * w + across;
    }

    private static void markHorizontalRuns(boolean[] ink, boolean[] rule, int w, int h, int minRun) {
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int x = 0;
            while (x < w) {
                if (!ink[row + x]) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < w && ink[row + x]) {
                    x++;
                }
                if (x - start >= minRun && (x - start >= w * LONG_SHARE || isThin(ink, w, h, start, x, y, true))) {
                    for (int i = start; i < x; i++) {
                        rule[row + i] = true;
                    }
                }
            }
        }
    }

    private static void markVerticalRuns(boolean[] ink, boolean[] rule, int w, int h, int minRun, int slender) {
        for (int x = 0; x < w; x++) {
            int y = 0;
            while (y < h) {
                if (!ink[y * w + x]) {
                    y++;
                    continue;
                }
                int start = y;
                while (y < h && ink[y * w + x]) {
                    y++;
                }
                if (y - start >= minRun && (y - start >= h * LONG_SHARE || isThin(ink, w, h, start, y, x, false, slender))) {
                    for (int i = start; i < y; i++) {
                        rule[i * w + x] = true;
                    }
                }
            }
        }
    }
}

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

    private RulingLines() {
    }

    /** Paints the ruling lines found in {@code ink} white in {@code page}; returns how many pixels. */
    static int remove(GrayImage page, boolean[] ink) {
        int w = page.width();
        int h = page.height();
        boolean[] rule = new boolean[ink.length];
        markHorizontalRuns(ink, rule, w, h, Math.max(20, (int) (w * MIN_SHARE)));
        markVerticalRuns(ink, rule, w, h, Math.max(20, (int) (h * MIN_SHARE)));
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
                if (x - start >= minRun) {
                    for (int i = start; i < x; i++) {
                        rule[row + i] = true;
                    }
                }
            }
        }
    }

    private static void markVerticalRuns(boolean[] ink, boolean[] rule, int w, int h, int minRun) {
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
                if (y - start >= minRun) {
                    for (int i = start; i < y; i++) {
                        rule[i * w + x] = true;
                    }
                }
            }
        }
    }
}

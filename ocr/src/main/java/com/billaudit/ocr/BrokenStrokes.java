package com.billaudit.ocr;

import java.util.OptionalInt;

/**
 * Print whose strokes are broken into dots or fragments (a dot-matrix printer, a worn ribbon, light
 * print) scanned at one bit per pixel. Tesseract reads such a letter as a scatter of specks, and the
 * clean-up made for specks (median filter, despeckle) wipes the letters with them. A gray scan keeps
 * such strokes' gray, which Tesseract reads, so only 1-bit scans are looked at.
 *
 * <p>A light blur at the scan's own resolution spreads each fragment's ink over the gaps to its
 * neighbours, and a threshold close to the paper then counts the gaps as ink: each letter becomes
 * one stroke again. Whether a page is such print shows in its glyphs: broken letters are measured as
 * fragments, and joining them makes the page's typical glyph half again as large (ext-022's
 * dot-matrix pages: 11-12 px to 18 px, 1.50-1.64 times), while whole print only gains the pixel of
 * ink the blur adds around each stroke (ext-022's laser-printed pages: 1.04-1.09 times).
 */
final class BrokenStrokes {

    /** Two 1-2-1 passes: a Gaussian blur of sigma 1 pixel, which bridges gaps of one or two pixels. */
    static final int JOINING_BLURS = 2;
    /** Where between the stroke cores' gray (0) and the paper's (1) blurred ink still counts as ink. */
    static final double JOINING_LEVEL = 0.75;
    /** Joined glyphs at least this much larger than the page's glyphs show broken strokes. */
    static final double BROKEN_GROWTH = 1.35;
    /** A vertical ink run this many glyph sizes long is a rule, not a stroke of a letter. */
    static final double RULE_GLYPHS = 2.0;

    /** A page with its broken strokes joined, and the gray level below which it is ink. */
    record Joined(GrayImage image, int inkBelow) {
    }

    private BrokenStrokes() {
    }

    /**
     * The size of the page's glyphs once their fragments are joined, when its strokes are broken:
     * joining makes its typical glyph much larger. Empty for print whose letters are whole.
     */
    static OptionalInt joinedGlyphSize(GrayImage page) {
        int glyphs = Orientation.glyphSize(page, Otsu.threshold(page));
        if (glyphs == 0) {
            return OptionalInt.empty();
        }
        Joined joined = join(page);
        int joinedGlyphs = Orientation.glyphSize(joined.image(), joined.inkBelow());
        return joinedGlyphs >= BROKEN_GROWTH * glyphs ? OptionalInt.of(joinedGlyphs) : OptionalInt.empty();
    }

    /**
     * The shortest table rule on a joined page: its dotted rules came out solid and touching the
     * letters, and the short ones that part a header's cells are read as letters ("|Qty" as
     * "Jory") unless removed. No letter's stroke is this long.
     */
    static int shortestRule(int joinedGlyphSize) {
        return (int) Math.ceil(RULE_GLYPHS * joinedGlyphSize);
    }

    /** The page blurred just enough to join its letters' fragments, and the level its joined ink lies below. */
    static Joined join(GrayImage page) {
        GrayImage blurred = page;
        for (int pass = 0; pass < JOINING_BLURS; pass++) {
            blurred = Smoothing.binomial(blurred);
        }
        return new Joined(blurred, joiningLevel(page));
    }

    /** The gray level {@link #JOINING_LEVEL} of the way from the page's stroke cores to its paper. */
    static int joiningLevel(GrayImage page) {
        int[] levels = Otsu.inkAndPaper(page);
        return (int) Math.round(levels[0] + JOINING_LEVEL * (levels[1] - levels[0]));
    }
}

package com.billaudit.ocr;

import com.billaudit.ocr.InkComponents.Box;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tells which way up a page is from the shapes of its glyphs, without OCR. Letters of a line
 * sit closer to their neighbours along the line than to the lines above and below, so the
 * direction to a glyph's nearest neighbour gives the line direction; along a line, neighbours
 * share their baseline far more often than their top edge (x-height letters next to capitals,
 * digits and ascenders; descenders are rare), so the side where edges line up is the bottom.
 */
final class Orientation {

    /**
     * The decision: clockwise quarter turns that make the page upright, and whether the glyph
     * evidence was clear (enough glyphs and a clear majority both for the line direction and
     * for the baseline side).
     */
    record Decision(int quarterTurns, boolean certain, int glyphs, double lineShare, double baselineShare) {
    }

    /** Fewer glyph pairs than this say nothing reliable. */
    private static final int MIN_VOTES = 40;
    /** The winning share of votes needed to be sure. */
    private static final double CLEAR_SHARE = 0.65;

    private Orientation() {
    }

    static Decision of(InkComponents components) {
        List<Box> glyphs = glyphs(components.boxes(), components.width(), components.height());
        if (glyphs.size() < MIN_VOTES) {
            return new Decision(0, false, glyphs.size(), 0, 0);
        }
        int size = medianSize(glyphs);
        Grid grid = new Grid(glyphs, size);
        int horizontal = 0;
        int vertical = 0;
        // Baseline votes per hypothesis: bottom (upright), top (upside down), left, right.
        int[] aligned = new int[4];
        double tolerance = Math.max(1, 0.12 * size);
        for (Box glyph : glyphs) {
            Box right = grid.nearest(glyph, true);
            Box below = grid.nearest(glyph, false);
            int gapRight = right == null ? Integer.MAX_VALUE : right.left() - glyph.right();
            int gapBelow = below == null ? Integer.MAX_VALUE : below.top() - glyph.bottom();
            if (gapRight == gapBelow) {
                continue;
            }
            if (gapRight < gapBelow) {
                horizontal++;
                vote(aligned, 0, 1, Math.abs(right.bottom() - glyph.bottom()), Math.abs(right.top() - glyph.top()), tolerance);
            } else {
                vertical++;
                vote(aligned, 2, 3, Math.abs(below.left() - glyph.left()), Math.abs(below.right() - glyph.right()), tolerance);
            }
        }
        boolean sideways = vertical > horizontal;
        double lineShare = (double) Math.max(horizontal, vertical) / Math.max(1, horizontal + vertical);
        int first = sideways ? aligned[2] : aligned[0];
        int second = sideways ? aligned[3] : aligned[1];
        double baselineShare = (double) Math.max(first, second) / Math.max(1, first + second);
        int turns;
        if (!sideways) {
            turns = first >= second ? 0 : 2;
        } else {
            // Turned clockwise, the line's baseline faces left; turned anticlockwise, right.
            turns = first >= second ? 3 : 1;
        }
        boolean certain = horizontal + vertical >= MIN_VOTES && lineShare >= CLEAR_SHARE
                && first + second >= MIN_VOTES / 2 && baselineShare >= CLEAR_SHARE;
        return new Decision(turns, certain, glyphs.size(), lineShare, baselineShare);
    }

    /** One vote for the side whose edges line up while the other side's do not. */
    private static void vote(int[] aligned, int sideA, int sideB, int offsetA, int offsetB, double tolerance) {
        if (offsetA <= tolerance && offsetB > tolerance) {
            aligned[sideA]++;
        } else if (offsetB <= tolerance && offsetA > tolerance) {
            aligned[sideB]++;
        }
    }

    /** Components of glyph size: not specks, not rules or frames, not blobs of merged text. */
    static List<Box> glyphs(List<Box> boxes, int width, int height) {
        List<Box> candidates = new ArrayList<>();
        int maxSize = Math.max(8, Math.min(width, height) / 15);
        for (Box box : boxes) {
            if (box.size() >= 6 && box.size() <= maxSize && box.pixels() >= 8) {
                candidates.add(box);
            }
        }
        if (candidates.isEmpty()) {
            return candidates;
        }
        int median = medianSize(candidates);
        List<Box> glyphs = new ArrayList<>();
        for (Box box : candidates) {
            if (box.size() * 2 >= median && box.size() <= 2 * median) {
                glyphs.add(box);
            }
        }
        return glyphs;
    }

    /** The median size of the glyphs among {@code boxes} on a page this large; 0 when none is glyph-sized. */
    static int glyphSize(List<Box> boxes, int width, int height) {
        List<Box> glyphs = glyphs(boxes, width, height);
        return glyphs.isEmpty() ? 0 : medianSize(glyphs);
    }

    /** The median size of the page's glyphs as ink below {@code threshold}; 0 when none is glyph-sized. */
    static int glyphSize(GrayImage page, int threshold) {
        return glyphSize(InkComponents.of(Otsu.ink(page, threshold), page.width(), page.height()).boxes(), page.width(), page.height());
    }

    static int medianSize(List<Box> boxes) {
        int[] sizes = boxes.stream().mapToInt(Box::size).toArray();
        Arrays.sort(sizes);
        return sizes[sizes.length / 2];
    }

    /**
     * Glyph boxes bucketed by cell, to find a glyph's nearest neighbour to the right (sharing
     * rows) or below (sharing columns) within a few glyph sizes.
     */
    private static final class Grid {
        private final int cell;
        private final int reach;
        private final java.util.Map<Long, List<Box>> cells = new java.util.HashMap<>();

        Grid(List<Box> boxes, int size) {
            this.cell = Math.max(4, size);
            this.reach = 3 * size;
            for (Box box : boxes) {
                cells.computeIfAbsent(key(box.left() / cell, box.top() / cell), k -> new ArrayList<>()).add(box);
            }
        }

        private static long key(int cx, int cy) {
            return ((long) cx << 32) ^ (cy & 0xffffffffL);
        }

        Box nearest(Box glyph, boolean rightwards) {
            Box best = null;
            int bestGap = Integer.MAX_VALUE;
            int x0 = (glyph.left() - reach) / cell - 1;
            int x1 = (glyph.right() + reach) / cell + 1;
            int y0 = (glyph.top() - reach) / cell - 1;
            int y1 = (glyph.bottom() + reach) / cell + 1;
            for (int cy = y0; cy <= y1; cy++) {
                for (int cx = x0; cx <= x1; cx++) {
                    List<Box> bucket = cells.get(key(cx, cy));
                    if (bucket == null) {
                        continue;
                    }
                    for (Box other : bucket) {
                        int gap = rightwards ? gapRight(glyph, other) : gapBelow(glyph, other);
                        if (gap >= 0 && gap <= reach && gap < bestGap) {
                            bestGap = gap;
                            best = other;
                        }
                    }
                }
            }
            return best;
        }

        /** The gap to a box on the right that shares at least half the smaller height, or -1. */
        private static int gapRight(Box glyph, Box other) {
            int overlap = Math.min(glyph.bottom(), other.bottom()) - Math.max(glyph.top(), other.top());
            if (other == glyph || other.left() < glyph.right() || 2 * overlap < Math.min(glyph.height(), other.height())) {
                return -1;
            }
            return other.left() - glyph.right();
        }

        /** The gap to a box below that shares at least half the smaller width, or -1. */
        private static int gapBelow(Box glyph, Box other) {
            int overlap = Math.min(glyph.right(), other.right()) - Math.max(glyph.left(), other.left());
            if (other == glyph || other.top() < glyph.bottom() || 2 * overlap < Math.min(glyph.width(), other.width())) {
                return -1;
            }
            return other.top() - glyph.bottom();
        }
    }
}

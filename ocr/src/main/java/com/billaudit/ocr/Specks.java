package com.billaudit.ocr;

import com.billaudit.ocr.InkComponents.Box;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds specks: dots of dust or sensor noise much smaller than the page's glyphs, with no
 * other ink near them. Tesseract reads specks as stray letters ("oe", "co", ".") and slows down
 * on them; a decimal point or the dot of an i is as small but sits next to a glyph, so it stays.
 */
final class Specks {

    /** A component at most this share of the median glyph size may be a speck. */
    static final double MAX_SHARE = 0.3;
    /** Ink within this share of the glyph size around a small dot makes it part of the text. */
    static final double NEAR_SHARE = 0.6;

    private Specks() {
    }

    /** Paints the page's specks white; returns how many there were. */
    static int remove(GrayImage page, InkComponents components, int glyphSize) {
        int maxSpeck = Math.max(2, (int) (MAX_SHARE * glyphSize));
        int near = Math.max(2, (int) Math.ceil(NEAR_SHARE * glyphSize));
        // Every component larger than a speck may anchor a small dot: glyphs, digits, dashes.
        Map<Long, List<Box>> anchors = new HashMap<>();
        int cell = Math.max(4, glyphSize);
        for (Box box : components.boxes()) {
            if (box.size() > maxSpeck) {
                for (int cy = box.top() / cell; cy <= (box.bottom() - 1) / cell; cy++) {
                    for (int cx = box.left() / cell; cx <= (box.right() - 1) / cell; cx++) {
                        anchors.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(box);
                    }
                }
            }
        }
        return components.erase(page, box -> box.size() <= maxSpeck && !hasNeighbour(box, anchors, cell, near));
    }

    private static boolean hasNeighbour(Box dot, Map<Long, List<Box>> anchors, int cell, int near) {
        int left = dot.left() - near;
        int right = dot.right() + near;
        int top = dot.top() - near;
        int bottom = dot.bottom() + near;
        for (int cy = Math.floorDiv(top, cell); cy <= Math.floorDiv(bottom - 1, cell); cy++) {
            for (int cx = Math.floorDiv(left, cell); cx <= Math.floorDiv(right - 1, cell); cx++) {
                List<Box> bucket = anchors.get(key(cx, cy));
                if (bucket == null) {
                    continue;
                }
                for (Box box : bucket) {
                    if (box.left() < right && box.right() > left && box.top() < bottom && box.bottom() > top) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) ^ (cy & 0xffffffffL);
    }
}

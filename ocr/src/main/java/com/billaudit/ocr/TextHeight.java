package com.billaudit.ocr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Estimates the height of a page's text lines in pixels from its row profile: on a level page
 * with the rules removed, each line of text is a band of rows with ink between blank rows.
 */
final class TextHeight {

    /** A row counts as part of a text band when this share of its pixels is ink. */
    private static final double BAND_INK = 0.002;
    /** Bands thinner than this are specks or remnants of rules, not text. */
    private static final int MIN_BAND = 4;

    private TextHeight() {
    }

    /** The median text line height in pixels, or 0 when no line was found. */
    static int medianLineHeight(GrayImage page, int threshold) {
        int w = page.width();
        int minInk = Math.max(1, (int) (w * BAND_INK));
        byte[] pixels = page.pixels();
        List<Integer> bands = new ArrayList<>();
        int bandStart = -1;
        for (int y = 0; y <= page.height(); y++) {
            boolean inked = y < page.height() && inkInRow(pixels, y * w, w, threshold) >= minInk;
            if (inked && bandStart < 0) {
                bandStart = y;
            } else if (!inked && bandStart >= 0) {
                if (y - bandStart >= MIN_BAND) {
                    bands.add(y - bandStart);
                }
                bandStart = -1;
            }
        }
        if (bands.isEmpty()) {
            return 0;
        }
        Collections.sort(bands);
        return bands.get(bands.size() / 2);
    }

    private static int inkInRow(byte[] pixels, int start, int width, int threshold) {
        int ink = 0;
        for (int i = start; i < start + width; i++) {
            if ((pixels[i] & 0xFF) <= threshold) {
                ink++;
            }
        }
        return ink;
    }
}

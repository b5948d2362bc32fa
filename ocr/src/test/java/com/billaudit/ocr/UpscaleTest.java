package com.billaudit.ocr;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UpscaleTest {

    @Test
    void enlargesByTheFactorAndBlendsAcrossAnEdgeOnly() {
        // A black left half, a white right half: 4x1 enlarged 2.5 times.
        GrayImage page = new GrayImage(4, 1, new byte[]{0, 0, (byte) 255, (byte) 255});
        GrayImage big = Upscale.by(page, 2.5);
        assertEquals(10, big.width());
        assertEquals(3, big.height());
        int[] row = new int[10];
        for (int x = 0; x < 10; x++) {
            row[x] = big.pixels()[x] & 0xFF;
        }
        // Solid ink and paper stay as they were; only the columns between the two blend.
        assertEquals(0, row[0]);
        assertEquals(0, row[3]);
        assertEquals(77, row[4]);   // 0.3 of the way from ink to paper
        assertEquals(179, row[5]);  // 0.7 of the way
        assertEquals(255, row[6]);
        assertEquals(255, row[9]);
        for (int y = 1; y < 3; y++) {
            for (int x = 0; x < 10; x++) {
                assertEquals(row[x], big.pixels()[y * 10 + x] & 0xFF);
            }
        }
    }

    @Test
    void paperRowsAroundALineOfInkEnlargeAsEveryPixelWouldBlend() {
        // Two white rows, a row with ink, two white rows: only the output rows between the
        // white rows come out plain; those next to the ink row blend with it.
        byte[] pixels = new byte[5 * 4];
        java.util.Arrays.fill(pixels, (byte) 255);
        pixels[2 * 4 + 1] = 0;
        GrayImage big = Upscale.by(new GrayImage(4, 5, pixels), 2);
        for (int y = 0; y < big.height(); y++) {
            for (int x = 0; x < big.width(); x++) {
                double sy = Math.min(4.0, Math.max(0, (y + 0.5) / 2 - 0.5));
                double sx = Math.min(3.0, Math.max(0, (x + 0.5) / 2 - 0.5));
                double weightOfInk = Math.max(0, 1 - Math.abs(sy - 2)) * Math.max(0, 1 - Math.abs(sx - 1));
                assertEquals(Math.round(255 * (1 - weightOfInk)), big.pixels()[y * big.width() + x] & 0xFF, "at " + x + "," + y);
            }
        }
    }
}

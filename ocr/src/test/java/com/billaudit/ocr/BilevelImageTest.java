package com.billaudit.ocr;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BilevelImageTest {

    private static final byte B = 0;
    private static final byte W = (byte) 255;

    @Test
    void packsRowsToWholeBytesLeftmostPixelHighSetBitWhite() {
        // 10 pixels wide: two bytes a row, the last six bits of each row padding.
        GrayImage page = new GrayImage(10, 2, new byte[]{
                B, W, B, B, B, B, B, B, W, B,
                W, W, W, W, W, W, W, W, W, W});
        assertEquals(2, BilevelImage.bytesPerLine(10));
        assertArrayEquals(new byte[]{0x40, (byte) 0x80, (byte) 0xFF, (byte) 0xC0}, BilevelImage.pack(page));
    }

    @Test
    void aPageWithAnyGrayIsNotPacked() {
        GrayImage page = new GrayImage(3, 1, new byte[]{B, (byte) 128, W});
        assertNull(BilevelImage.pack(page));
    }

    @Test
    void packsWholeBytesAndTheRestOfARowAlike() {
        // 19 pixels wide: two whole bytes packed eight at a time, then three pixels one by one.
        GrayImage page = new GrayImage(19, 1, new byte[]{
                W, B, B, W, W, B, W, B,
                B, B, B, B, W, W, W, W,
                W, B, W});
        assertArrayEquals(new byte[]{(byte) 0x9A, 0x0F, (byte) 0xA0}, BilevelImage.pack(page));
    }

    @Test
    void grayAmongWholeBytesIsNotPacked() {
        byte[] pixels = new byte[16 * 2];
        java.util.Arrays.fill(pixels, W);
        pixels[16 + 5] = (byte) 254; // one level off white, in the second row's first byte
        assertNull(BilevelImage.pack(new GrayImage(16, 2, pixels)));
        pixels[16 + 5] = 1; // one level off black
        assertNull(BilevelImage.pack(new GrayImage(16, 2, pixels)));
    }
}

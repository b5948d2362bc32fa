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
}

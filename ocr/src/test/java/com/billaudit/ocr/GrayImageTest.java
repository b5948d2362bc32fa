package com.billaudit.ocr;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class GrayImageTest {

    private static BufferedImage grayPage() {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSample(1, 2, 0, 37);
        return image;
    }

    private static byte[] bytesOf(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    @Test
    void aPageTakenForOcrKeepsTheRenderedBytesWithoutACopy() {
        BufferedImage rendered = grayPage();
        GrayImage page = GrayImage.taking(rendered);
        assertSame(bytesOf(rendered), page.pixels());
        assertEquals(37, page.get(1, 2));
    }

    @Test
    void anImageTheCallerKeepsIsCopied() {
        BufferedImage kept = grayPage();
        GrayImage page = GrayImage.of(kept);
        assertNotSame(bytesOf(kept), page.pixels());
        assertArrayEquals(bytesOf(kept), page.pixels());
    }

    @Test
    void aColourImageIsConvertedEitherWay() {
        BufferedImage colour = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        colour.setRGB(0, 0, 0xFFFFFF);
        assertArrayEquals(GrayImage.of(colour).pixels(), GrayImage.taking(colour).pixels());
        assertEquals(255, GrayImage.taking(colour).get(0, 0));
    }
}

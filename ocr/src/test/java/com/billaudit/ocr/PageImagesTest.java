package com.billaudit.ocr;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageImagesTest {
    private static final long MAX_PIXELS = 80_000_000L;

    @Test
    void anImagesPagesAreRenderedAgainOnRequest() {
        byte[] tiff = TestImages.tiff(List.of(TestImages.bill(false), TestImages.bill(true)));
        BufferedImage second = PageImages.render(tiff, MediaTypes.TIFF, 2, MAX_PIXELS).orElseThrow();
        assertEquals(TestImages.WIDTH, second.getWidth());
        assertTrue(PageImages.render(tiff, MediaTypes.TIFF, 3, MAX_PIXELS).isEmpty());
    }

    @Test
    void textHasNoPageImage() {
        assertTrue(PageImages.render("Bill".getBytes(StandardCharsets.UTF_8), MediaTypes.TEXT, 1, MAX_PIXELS).isEmpty());
    }
}

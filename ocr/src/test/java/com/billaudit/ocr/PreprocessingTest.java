package com.billaudit.ocr;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clean-up steps on generated pages, without OCR. */
class PreprocessingTest {

    @Test
    void measuresTheSkewOfATiltedPage() {
        for (double degrees : new double[]{-3, 2}) {
            // Turning the content clockwise on screen makes rows fall to the right.
            GrayImage page = GrayImage.of(TestImages.rotated(TestImages.bill(true), degrees));

            double angle = Deskew.angle(Otsu.ink(page, Otsu.threshold(page)), page.width(), page.height());

            assertEquals(-degrees, angle, 0.15, "tilt " + degrees);
        }
    }

    @Test
    void deskewingLevelsTheRows() {
        GrayImage tilted = GrayImage.of(TestImages.rotated(TestImages.bill(true), 3));
        GrayImage level = Rotation.by(tilted, Deskew.angle(Otsu.ink(tilted, 128), tilted.width(), tilted.height()));

        double residual = Deskew.angle(Otsu.ink(level, 128), level.width(), level.height());

        assertEquals(0, residual, 0.15);
    }

    @Test
    void removesRulingLinesAndKeepsTheText() {
        GrayImage ruled = GrayImage.of(TestImages.bill(true));
        GrayImage plain = GrayImage.of(TestImages.bill(false));

        RulingLines.remove(ruled, Otsu.ink(ruled, Otsu.threshold(ruled)));

        // What is left is (nearly) the same page drawn without rules.
        int differing = 0;
        for (int i = 0; i < plain.pixels().length; i++) {
            if (Math.abs((ruled.pixels()[i] & 0xFF) - (plain.pixels()[i] & 0xFF)) > 128) {
                differing++;
            }
        }
        assertTrue(differing < 0.002 * plain.pixels().length, differing + " pixels differ");
        assertTrue(inkPixels(plain) > 20 * differing, "text kept");
    }

    @Test
    void quarterTurnsAreExactAndReversible() {
        GrayImage page = GrayImage.of(TestImages.bill(false));

        GrayImage turned = Rotation.quarterTurns(page, 1);

        assertEquals(page.height(), turned.width());
        assertEquals(page.width(), turned.height());
        // The top-left pixel lands top-right after a clockwise quarter turn.
        assertEquals(page.get(10, 20), turned.get(turned.width() - 1 - 20, 10));
        assertArrayEquals(page.pixels(), Rotation.quarterTurns(Rotation.quarterTurns(turned, 2), 1).pixels());
    }

    @Test
    void findsSpeckleAndTheMedianFilterClearsIt() {
        GrayImage clean = GrayImage.of(TestImages.bill(false));
        GrayImage noisy = GrayImage.of(TestImages.speckled(TestImages.bill(false), 0.02, 3));

        double before = Speckle.share(Otsu.ink(noisy, 128), noisy.width(), noisy.height());
        GrayImage filtered = MedianFilter.apply(noisy);
        double after = Speckle.share(Otsu.ink(filtered, 128), filtered.width(), filtered.height());

        assertTrue(Speckle.share(Otsu.ink(clean, 128), clean.width(), clean.height()) < Speckle.NOISY);
        assertTrue(before > Speckle.NOISY, "speckle " + before);
        assertTrue(after < Speckle.NOISY, "speckle after filtering " + after);
    }

    @Test
    void flatteningLightingLetsOneThresholdFitTheWholePage() {
        GrayImage shaded = GrayImage.of(TestImages.shaded(TestImages.bill(false), 0.6));

        GrayImage flat = Illumination.flatten(shaded);

        // Paper in the dark corner comes back to near white; ink stays dark.
        assertTrue(shaded.get(shaded.width() - 5, shaded.height() - 5) < 130);
        assertTrue(flat.get(flat.width() - 5, flat.height() - 5) > 200, "paper " + flat.get(flat.width() - 5, flat.height() - 5));
        int threshold = Otsu.threshold(flat);
        assertTrue(Speckle.share(Otsu.ink(flat, threshold), flat.width(), flat.height()) < Speckle.NOISY);
    }

    @Test
    void otsuSplitsInkFromPaper() {
        GrayImage page = GrayImage.of(TestImages.bill(false));

        int threshold = Otsu.threshold(page);

        assertTrue(threshold > 40 && threshold < 220, "threshold " + threshold);
    }

    @Test
    void grayConversionFlattensOntoWhite() {
        BufferedImage transparent = new BufferedImage(4, 3, BufferedImage.TYPE_INT_ARGB);

        GrayImage gray = GrayImage.of(transparent);

        assertEquals(255, gray.get(3, 2));
    }

    private static int inkPixels(GrayImage image) {
        int ink = 0;
        for (byte pixel : image.pixels()) {
            ink += (pixel & 0xFF) < 128 ? 1 : 0;
        }
        return ink;
    }
}

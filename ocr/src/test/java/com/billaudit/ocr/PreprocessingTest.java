package com.billaudit.ocr;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void keepsBoldGlyphsFusedIntoABlobButRemovesAThinRuleOfTheSameLength() {
        // A page 1400 px wide: runs of 56 px or more may be rules. A word whose bold glyphs fused
        // into a solid blob 70 px long and 9 px high is no rule; a 2 px line as long is one.
        int w = 1400;
        int h = 200;
        GrayImage page = GrayImage.white(w, h);
        TestImages.paint(page, 100, 170, 50, 59);
        TestImages.paint(page, 100, 170, 120, 122);

        RulingLines.remove(page, Otsu.ink(page, 128));

        assertEquals(0, page.pixels()[54 * w + 135], "the blob stays");
        assertEquals((byte) 255, page.pixels()[120 * w + 135], "the rule goes");
    }

    @Test
    void palePrintStaysGrayAndDarkPrintIsBinarised() {
        Preprocessor preprocessor = new Preprocessor(Preprocessing.standard());
        GrayImage dark = preprocessor.prepare(GrayImage.of(TestImages.bill(false)), 0, false).image();
        GrayImage pale = preprocessor.prepare(GrayImage.of(TestImages.degraded(TestImages.bill(false), 1, 2, 150, 230, 16, 7)), 0, false).image();

        assertEquals(0, grayPixels(dark), "black and white");
        assertTrue(grayPixels(pale) > 0.001 * pale.pixels().length, "stroke edges keep their gray");
        int white = 0;
        for (byte pixel : pale.pixels()) {
            white += pixel == (byte) 255 ? 1 : 0;
        }
        assertTrue(white > 0.85 * pale.pixels().length, "the paper and its grain are stretched to white: " + white);
    }

    private static int grayPixels(GrayImage image) {
        int gray = 0;
        for (byte pixel : image.pixels()) {
            if (pixel != 0 && pixel != (byte) 255) {
                gray++;
            }
        }
        return gray;
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
    void flatteningLeavesAPageOnWhitePaperAsItIs() {
        GrayImage page = GrayImage.of(TestImages.bill(true));

        GrayImage flat = Illumination.flatten(page);

        assertArrayEquals(GrayImage.of(TestImages.bill(true)).pixels(), flat.pixels());
    }

    @Test
    void otsuSplitsInkFromPaper() {
        GrayImage page = GrayImage.of(TestImages.bill(false));

        int threshold = Otsu.threshold(page);

        assertTrue(threshold > 40 && threshold < 220, "threshold " + threshold);
    }

    @Test
    void tellsWhichWayUpAPageIsFromItsGlyphs() {
        GrayImage upright = GrayImage.of(TestImages.bill(true));
        for (int turned = 0; turned < 4; turned++) {
            GrayImage page = Rotation.quarterTurns(upright, turned);

            Orientation.Decision decision = Orientation.of(components(page));

            assertTrue(decision.certain(), "turned " + turned + ": " + decision);
            assertEquals(0, (turned + decision.quarterTurns()) % 4, "turned " + turned + ": " + decision);
        }
    }

    @Test
    void isUnsureAboutAPageWithoutText() {
        GrayImage noise = GrayImage.of(TestImages.speckled(TestImages.bill(false), 0.0, 1));
        GrayImage blank = GrayImage.white(600, 800);

        assertFalse(Orientation.of(components(blank)).certain());
        assertTrue(Orientation.of(components(noise)).certain(), "a real page stays readable");
    }

    @Test
    void joinsInkThatTouchesAtACornerIntoOneComponent() {
        boolean[] ink = new boolean[5 * 4];
        // Row 0: x=0 and x=3; row 1: x=1 (diagonal to x=0); row 3: x=3 (apart from everything).
        ink[0] = true;
        ink[3] = true;
        ink[5 + 1] = true;
        ink[15 + 3] = true;

        List<InkComponents.Box> boxes = InkComponents.of(ink, 5, 4).boxes();

        assertEquals(3, boxes.size());
        assertTrue(boxes.contains(new InkComponents.Box(0, 0, 2, 2, 2)), boxes.toString());
    }

    @Test
    void erasesSpecksAwayFromTextAndKeepsDecimalPoints() {
        GrayImage clean = GrayImage.of(TestImages.bill(false));
        GrayImage dusty = GrayImage.of(TestImages.bill(false));
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 400; i++) {
            int x = 20 + random.nextInt(dusty.width() - 40);
            int y = 20 + random.nextInt(dusty.height() - 40);
            dusty.set(x, y, 0);
            dusty.set(x + 1, y, 0);
        }
        int glyphSize = Orientation.glyphSize(components(clean).boxes(), clean.width(), clean.height());

        int keptFromClean = Specks.remove(clean, components(clean), glyphSize);
        int erased = Specks.remove(dusty, components(dusty), glyphSize);

        assertEquals(0, keptFromClean, "no part of the text is a speck");
        assertTrue(erased > 300, erased + " specks erased");
    }

    @Test
    void measuresSensorGrainButNotText() {
        GrayImage paper = GrayImage.of(TestImages.degraded(TestImages.bill(false), 1, 0, 0, 220, 10, 3));

        assertEquals(10, NoiseLevel.sigma(paper), 1.5);
        assertTrue(NoiseLevel.sigma(GrayImage.of(TestImages.bill(true))) < 1);
    }

    @Test
    void thresholdsGrainyPaperBelowItsGrain() {
        GrayImage grainy = GrayImage.of(TestImages.degraded(TestImages.bill(false), 1, 0, 60, 220, 12, 4));

        int threshold = Otsu.threshold(grainy);

        // Three sigma of grain below the paper hardly any paper pixel reaches.
        assertTrue(threshold < 220 - 3 * 12, "threshold " + threshold);
        assertTrue(threshold > 60 + 3 * 12, "threshold " + threshold);
    }

    @Test
    void thresholdsPaleBlurredPrintAtTheStrokesEdgesNotInTheirBlur() {
        GrayImage sharp = GrayImage.of(TestImages.degraded(TestImages.bill(false), 2, 0, 0, 255, 0, 1));
        GrayImage pale = GrayImage.of(TestImages.degraded(TestImages.bill(false), 2, 2, 140, 240, 0, 1));
        int trueInk = count(Otsu.ink(sharp, 128));

        assertTrue(Otsu.isPale(pale));
        assertFalse(Otsu.isPale(sharp));
        int ours = count(Otsu.ink(pale, Otsu.threshold(pale)));
        int otsus = count(Otsu.ink(pale, Otsu.otsu(pale)));
        assertTrue(Math.abs(ours - trueInk) < Math.abs(otsus - trueInk), ours + " vs " + otsus + " ink pixels, truly " + trueInk);
        GrayImage sharpened = Smoothing.sharpen(pale, 1, 2);
        int sharpenedInk = count(Otsu.ink(sharpened, Otsu.threshold(sharpened)));
        assertTrue(Math.abs(sharpenedInk - trueInk) < Math.abs(ours - trueInk), sharpenedInk + " ink pixels after sharpening");
    }

    @Test
    void sharpeningDeepensBlurredStrokes() {
        GrayImage blurred = GrayImage.of(TestImages.degraded(TestImages.bill(false), 1, 3, 0, 255, 0, 1));

        GrayImage sharp = Smoothing.sharpen(blurred, 1, 2);

        assertTrue(inkPixels(sharp) > inkPixels(blurred), "more pixels are clearly ink");
    }

    @Test
    void grayConversionFlattensOntoWhite() {
        BufferedImage transparent = new BufferedImage(4, 3, BufferedImage.TYPE_INT_ARGB);

        GrayImage gray = GrayImage.of(transparent);

        assertEquals(255, gray.get(3, 2));
    }

    private static int count(boolean[] ink) {
        int count = 0;
        for (boolean pixel : ink) {
            count += pixel ? 1 : 0;
        }
        return count;
    }

    private static InkComponents components(GrayImage page) {
        return InkComponents.of(Otsu.ink(page, Otsu.threshold(page)), page.width(), page.height());
    }

    @Test
    void thresholdsABlackAndWhitePageBetweenItsTwoLevelsSoEnlargedStrokesKeepTheirWidth() {
        // A one-bit scan: every pixel 0 or 255. Any level from 0 to 254 splits it the same way,
        // but once the page is enlarged its stroke edges are interpolated gray, and only a level
        // halfway between black and white keeps the strokes as wide as they were.
        GrayImage page = GrayImage.of(TestImages.bill(false));
        byte[] pixels = page.pixels();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (pixels[i] & 0xFF) < 128 ? 0 : (byte) 255;
        }
        int threshold = Otsu.threshold(page);
        GrayImage enlarged = Upscale.by(page, 2);

        boolean[] ink = Otsu.ink(enlarged, threshold);
        int inkAfter = 0;
        for (boolean pixel : ink) {
            inkAfter += pixel ? 1 : 0;
        }
        int inkBefore = inkPixels(page);
        assertEquals(4.0 * inkBefore, inkAfter, 0.1 * 4 * inkBefore, "threshold " + threshold);
    }

    private static int inkPixels(GrayImage image) {
        int ink = 0;
        for (byte pixel : image.pixels()) {
            ink += (pixel & 0xFF) < 128 ? 1 : 0;
        }
        return ink;
    }
}

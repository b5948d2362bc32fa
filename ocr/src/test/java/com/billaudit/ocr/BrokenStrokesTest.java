package com.billaudit.ocr;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Print broken into dots, told from whole print and joined again, without OCR. */
class BrokenStrokesTest {

    @Test
    void wholePrintIsLeftAsItIs() {
        GrayImage page = binarised(GrayImage.of(TestImages.bill(false)));

        assertTrue(BrokenStrokes.joinedGlyphSize(page).isEmpty());
        assertFalse(new Preprocessor(Preprocessing.standard()).prepare(page, 0, true).joined());
    }

    @Test
    void printBrokenIntoDotsIsJoinedBackToWholeGlyphs() {
        GrayImage whole = binarised(GrayImage.of(TestImages.bill(false)));
        GrayImage dotted = dotted(whole);

        OptionalInt joined = BrokenStrokes.joinedGlyphSize(dotted);

        assertTrue(joined.isPresent(), "dotted print is found broken");
        int wholeGlyphs = Orientation.glyphSize(whole, 128);
        assertTrue(Math.abs(joined.getAsInt() - wholeGlyphs) <= 0.2 * wholeGlyphs,
                "joined glyphs " + joined.getAsInt() + " are about the whole print's " + wholeGlyphs);
        assertTrue(Orientation.glyphSize(dotted, Otsu.threshold(dotted)) < 0.7 * wholeGlyphs, "read as dots, the glyphs are fragments");
        assertTrue(new Preprocessor(Preprocessing.standard()).prepare(dotted, 0, true).joined());
    }

    @Test
    void onlyAScanAtOneBitPerPixelIsLookedAt() {
        // gray keeps a faint stroke's trace for Tesseract: only a scan at one bit per pixel breaks strokes up
        GrayImage dotted = dotted(binarised(GrayImage.of(TestImages.bill(false))));

        assertFalse(new Preprocessor(Preprocessing.standard()).prepare(dotted, 0, false).joined());
    }

    @Test
    void aJoinedHeadersShortCellRulesGoAndItsLettersStay() {
        // A header cell's rule: 44 px tall and 4 px thick beside a title whose letters are 18 px;
        // an upright stroke of a letter ("l", 20 px) stands beside it.
        int w = 1400;
        int h = 200;
        GrayImage page = GrayImage.white(w, h);
        TestImages.paint(page, 300, 304, 60, 104);
        TestImages.paint(page, 340, 344, 72, 92);

        RulingLines.removeWithShortUprights(page, Otsu.ink(page, 128), BrokenStrokes.shortestRule(18));

        assertEquals((byte) 255, page.pixels()[80 * w + 302], "the cell's rule goes");
        assertEquals(0, page.pixels()[80 * w + 342], "the letter's stroke stays");
    }

    @Test
    void aPageLongRuleIsStillNeededOnWholePrint() {
        // the same short rule on a page of whole print is left: its letters do not touch it
        int w = 1400;
        int h = 2000;
        GrayImage page = GrayImage.white(w, h);
        TestImages.paint(page, 300, 304, 60, 104);

        RulingLines.remove(page, Otsu.ink(page, 128));

        assertEquals(0, page.pixels()[80 * w + 302]);
    }

    /** Every eighth row and column of the ink left out: each letter falls apart into fragments a pixel apart. */
    private static GrayImage dotted(GrayImage page) {
        GrayImage out = new GrayImage(page.width(), page.height(), page.pixels().clone());
        for (int y = 0; y < page.height(); y++) {
            for (int x = 0; x < page.width(); x++) {
                if (x % 8 == 7 || y % 8 == 7) {
                    out.pixels()[y * page.width() + x] = (byte) 255;
                }
            }
        }
        return out;
    }

    private static GrayImage binarised(GrayImage page) {
        byte[] pixels = page.pixels();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (pixels[i] & 0xFF) < 128 ? 0 : (byte) 255;
        }
        return page;
    }
}

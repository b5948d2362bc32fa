package com.billaudit.ocr;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmallPrintDenoiseTest {

    /** A clean crop of small print full of stops and decimal points: the dots look like speckle, the page is not noisy. */
    private static GrayImage smallPrint() {
        BufferedImage image = new BufferedImage(900, 400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 900, 400);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        for (int row = 0; row < 30; row++) {
            g.drawString("i.v. fluid i.e. 1.00 x 2.50 ... Dr. S.K. i. " + row + ".00 .. 3.75 . i.i.", 10, 12 + row * 12);
        }
        g.dispose();
        return GrayImage.of(image);
    }

    @Test
    void cleanSmallPrintWhoseDotsLookLikeSpeckleIsNotMedianFiltered() {
        GrayImage page = smallPrint();
        assertTrue(Speckle.share(Otsu.ink(page, Otsu.threshold(page)), page.width(), page.height()) > Speckle.NOISY,
                "the fixture's dots must read as speckle for this test to mean anything");

        assertArrayEquals(page.pixels(), Preprocessor.denoise(page).pixels());
    }

    @Test
    void largePrintWithRealSpeckleIsStillFiltered() {
        BufferedImage image = new BufferedImage(900, 400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 900, 400);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
        g.drawString("CONSULTATION 1000.00", 10, 60);
        g.drawString("PATHOLOGY 250.00", 10, 160);
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 6000; i++) {
            image.getRaster().setSample(random.nextInt(900), random.nextInt(400), 0, 0);
        }
        g.dispose();
        GrayImage page = GrayImage.of(image);

        assertFalse(java.util.Arrays.equals(page.pixels(), Preprocessor.denoise(page).pixels()));
    }
}

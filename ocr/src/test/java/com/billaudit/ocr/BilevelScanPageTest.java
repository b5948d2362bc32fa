package com.billaudit.ocr;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class BilevelScanPageTest {

    /** The scan's resolution: a hair off the rendering's, so its grid drifts across the page's as on real scans. */
    private static final double SCAN_DPI = 300.4;
    private static final float RENDER_DPI = 300;

    @Test
    void rendersAOneBitScanToThePixelsPdfBoxRenders() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = scanPage(document, scan(), 0);
            BufferedImage expected = new PDFRenderer(document).renderImageWithDPI(0, RENDER_DPI, ImageType.GRAY);
            GrayImage got = BilevelScanPage.render(page, RENDER_DPI);
            assertNotNull(got);
            GrayImage want = GrayImage.of(expected);
            assertEquals(want.width(), got.width());
            assertEquals(want.height(), got.height());
            assertArrayEquals(want.pixels(), got.pixels());
        }
    }

    @Test
    void leavesPagesWithMoreThanTheScanToPdfBox() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = scanPage(document, scan(), 0);
            try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, false)) {
                TestPdfs.text(content, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 20, 20, "typed over the scan");
            }
            assertNull(BilevelScanPage.render(page, RENDER_DPI));
        }
    }

    @Test
    void leavesAScanThatDoesNotCoverThePageToPdfBox() throws IOException {
        try (PDDocument document = new PDDocument()) {
            assertNull(BilevelScanPage.render(scanPage(document, scan(), 40), RENDER_DPI));
        }
    }

    @Test
    void leavesGrayScansToPdfBox() throws IOException {
        try (PDDocument document = new PDDocument()) {
            assertNull(BilevelScanPage.render(scanPage(document, TestImages.bill(true), 0), RENDER_DPI));
        }
    }

    /** A black-and-white bill, as a scanner's 1-bit mode delivers it. */
    private static BufferedImage scan() {
        BufferedImage gray = TestImages.bill(true);
        BufferedImage bilevel = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        bilevel.createGraphics().drawImage(gray, 0, 0, null);
        return bilevel;
    }

    /** A page sized to the scan at {@link #SCAN_DPI}, the scan drawn over it, short of its right edge by {@code gap} points. */
    private static PDPage scanPage(PDDocument document, BufferedImage image, float gap) throws IOException {
        float width = (float) (image.getWidth() * 72 / SCAN_DPI);
        float height = (float) (image.getHeight() * 72 / SCAN_DPI);
        PDPage page = new PDPage(new PDRectangle(width, height));
        document.addPage(page);
        PDImageXObject scan = LosslessFactory.createFromImage(document, image);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(scan, 0, 0, width - gap, height);
        }
        return page;
    }
}

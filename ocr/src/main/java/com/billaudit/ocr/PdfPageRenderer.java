package com.billaudit.ocr;

import com.billaudit.domain.PageText;
import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;

/** OCRs a scanned PDF page: renders it in gray at the configured resolution, then OCR. */
final class PdfPageRenderer implements ScannedPageReader {

    /** Below this a page is not worth OCR: glyphs get too small to read. */
    private static final int MIN_DPI = 100;

    private final OcrSettings settings;
    private final PageOcr ocr;

    PdfPageRenderer(OcrSettings settings, PageOcr ocr) {
        this.settings = settings;
        this.ocr = ocr;
    }

    @Override
    public PageText read(PDDocument document, int pageNumber, Deadline deadline) {
        deadline.check();
        float dpi = dpi(document.getPage(pageNumber - 1).getCropBox(), pageNumber);
        BufferedImage image;
        try {
            image = new PDFRenderer(document).renderImageWithDPI(pageNumber - 1, dpi, ImageType.GRAY);
        } catch (IOException | RuntimeException e) {
            throw new DocumentRejectedException(Reason.CORRUPT, "page " + pageNumber + " cannot be rendered: " + e.getMessage(), e);
        }
        return ocr.read(pageNumber, image, deadline);
    }

    /** The configured resolution, lowered for oversized pages so they stay within the pixel limit. */
    private float dpi(PDRectangle box, int pageNumber) {
        double squareInches = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
        double fitting = Math.sqrt(settings.maxPixels() / Math.max(squareInches, 1e-6));
        double dpi = Math.min(settings.dpi(), fitting);
        if (dpi < MIN_DPI) {
            throw new DocumentRejectedException(Reason.TOO_LARGE, "page " + pageNumber + " is too large to OCR");
        }
        return (float) dpi;
    }
}

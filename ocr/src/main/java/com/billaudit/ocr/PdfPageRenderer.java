package com.billaudit.ocr;

import com.billaudit.domain.PageText;
import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * OCRs a scanned PDF page: renders it in gray at the configured resolution, then OCR. A page
 * that is just one black-and-white scan is rendered by {@link BilevelScanPage}, to the same pixels.
 */
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
    public Supplier<PageText> render(PDDocument document, int pageNumber, Deadline deadline) {
        deadline.check();
        GrayImage image;
        boolean bilevel;
        try {
            float dpi = dpi(document.getPage(pageNumber - 1), pageNumber);
            GrayImage scan = bilevelScan(document.getPage(pageNumber - 1), dpi);
            bilevel = scan != null;
            image = scan != null ? scan
                    : GrayImage.taking(new PDFRenderer(document).renderImageWithDPI(pageNumber - 1, dpi, ImageType.GRAY));
        } catch (DocumentRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DocumentRejectedException(Reason.CORRUPT, "page " + pageNumber + " cannot be rendered: " + e.getMessage(), e);
        }
        return () -> ocr.read(pageNumber, image, bilevel, deadline);
    }

    /**
     * The page rendered as a lone 1-bit scan, or null for PDFBox to render it: also when its
     * bitmap cannot be read this way, since PDFBox renders past a broken image rather than failing.
     */
    private static GrayImage bilevelScan(PDPage page, float dpi) {
        try {
            return BilevelScanPage.render(page, dpi);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The configured resolution, or the scan's own when that is lower (rendering a 150-dpi scan
     * at 300 dpi only smears its noise and specks over more pixels; small text is enlarged later
     * where it is needed), lowered for oversized pages so they stay within the pixel limit.
     */
    private float dpi(PDPage page, int pageNumber) throws IOException {
        PDRectangle box = page.getCropBox();
        double squareInches = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
        double fitting = Math.sqrt(settings.maxPixels() / Math.max(squareInches, 1e-6));
        double dpi = Math.min(settings.dpi(), fitting);
        double scanned = PdfImageCoverage.scanDpi(page);
        if (scanned > 0) {
            dpi = Math.min(dpi, Math.max(MIN_DPI, scanned));
        }
        if (dpi < MIN_DPI) {
            throw new DocumentRejectedException(Reason.TOO_LARGE, "page " + pageNumber + " is too large to OCR");
        }
        return (float) dpi;
    }
}

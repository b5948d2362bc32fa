package com.billaudit.ocr;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;

/**
 * A scanned page as an image for a vision model, rendered again from the upload's bytes on
 * request: nothing is kept between intake and the pipeline, and one page at a time is in memory.
 */
final class PageImages {
    /** Enough for a model to read print and handwriting; a model downscales anything larger. */
    private static final float PDF_DPI = 150;

    private PageImages() {
    }

    static Optional<BufferedImage> render(byte[] content, String mediaType, int pageNumber, long maxPixels) {
        try {
            return switch (mediaType) {
                case MediaTypes.PDF -> pdfPage(content, pageNumber);
                case MediaTypes.PNG, MediaTypes.JPEG, MediaTypes.TIFF -> imagePage(content, pageNumber, maxPixels);
                default -> Optional.empty();
            };
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the page was read at intake; without its image the text stands
        }
    }

    private static Optional<BufferedImage> pdfPage(byte[] content, int pageNumber) throws IOException {
        try (PDDocument document = PdfDocuments.open(content)) {
            if (pageNumber < 1 || pageNumber > document.getNumberOfPages()) {
                return Optional.empty();
            }
            return Optional.of(new PDFRenderer(document).renderImageWithDPI(pageNumber - 1, PDF_DPI, ImageType.RGB));
        }
    }

    private static Optional<BufferedImage> imagePage(byte[] content, int pageNumber, long maxPixels) {
        try (ImageDocument image = ImageDocument.open(content, maxPixels)) {
            return pageNumber >= 1 && pageNumber <= image.pageCount(pageNumber)
                    ? Optional.of(image.page(pageNumber - 1)) : Optional.empty();
        }
    }
}

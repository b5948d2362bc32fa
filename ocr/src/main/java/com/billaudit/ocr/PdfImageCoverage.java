package com.billaudit.ocr;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;

/**
 * How much of a PDF page its images cover: a page that is mostly a picture with a little text
 * on top (a typed header over a scanned table) must be OCR'd to be read in full.
 */
final class PdfImageCoverage extends PageImagesEngine {

    private double imageArea;
    private double largestArea;
    private double largestDpi;

    private PdfImageCoverage(PDPage page) {
        super(page);
    }

    /** The share of the page's area that drawn images cover, 0..1 (overlaps counted twice). */
    static double of(PDPage page) throws IOException {
        PdfImageCoverage engine = new PdfImageCoverage(page);
        engine.processPage(page);
        PDRectangle box = page.getCropBox();
        double pageArea = (double) box.getWidth() * box.getHeight();
        return pageArea <= 0 ? 0 : Math.min(1, engine.imageArea / pageArea);
    }

    /**
     * The resolution (pixels per inch along its width) of the image that covers most of the
     * page, or 0 when no image does: a scan is best read at the resolution it was scanned at.
     */
    static double scanDpi(PDPage page) throws IOException {
        PdfImageCoverage engine = new PdfImageCoverage(page);
        engine.processPage(page);
        PDRectangle box = page.getCropBox();
        double pageArea = (double) box.getWidth() * box.getHeight();
        return pageArea > 0 && engine.largestArea >= PdfReader.MOSTLY_IMAGE * pageArea ? engine.largestDpi : 0;
    }

    @Override
    public void drawImage(PDImage image) {
        // An image fills the unit square of the current transformation.
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        double area = Math.abs((double) ctm.getScaleX() * ctm.getScaleY() - (double) ctm.getShearX() * ctm.getShearY());
        imageArea += area;
        double widthPoints = Math.hypot(ctm.getScaleX(), ctm.getShearY());
        if (area > largestArea && widthPoints > 0) {
            largestArea = area;
            largestDpi = image.getWidth() / (widthPoints / 72.0);
        }
    }
}

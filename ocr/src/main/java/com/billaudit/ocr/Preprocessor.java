package com.billaudit.ocr;

/**
 * Cleans a page image up before OCR: even out lighting, denoise (when speckled), deskew, remove
 * ruling lines, enlarge small text, binarise.
 */
final class Preprocessor {

    /** Text lines shorter than this many pixels are enlarged; Tesseract reads small text poorly. */
    static final int SMALL_LINE_HEIGHT = 24;
    /** The line height small text is enlarged to. */
    static final int GOOD_LINE_HEIGHT = 40;
    private static final double MAX_UPSCALE = 3;

    private final Preprocessing steps;

    Preprocessor(Preprocessing steps) {
        this.steps = steps;
    }

    Preprocessing steps() {
        return steps;
    }

    GrayImage prepare(GrayImage original) {
        GrayImage page = steps.flatten() ? Illumination.flatten(original) : original;
        int threshold = Otsu.threshold(page);
        boolean[] ink = Otsu.ink(page, threshold);
        if (steps.denoise()) {
            double speckle = Speckle.share(ink, page.width(), page.height());
            if (speckle > Speckle.NOISY) {
                page = MedianFilter.apply(page);
                threshold = Otsu.threshold(page);
                ink = Otsu.ink(page, threshold);
            }
        }
        if (steps.deskew()) {
            double angle = Deskew.angle(ink, page.width(), page.height());
            if (Math.abs(angle) >= Deskew.MIN_DEGREES) {
                page = Rotation.by(page, angle);
                ink = Otsu.ink(page, threshold);
            }
        }
        if (steps.removeRules() || steps.binarize()) {
            // Both paint on the page: work on a copy, the caller's image stays as it was.
            page = page == original ? new GrayImage(page.width(), page.height(), page.pixels().clone()) : page;
        }
        if (steps.removeRules()) {
            RulingLines.remove(page, ink);
        }
        if (steps.upscale()) {
            int lineHeight = TextHeight.medianLineHeight(page, threshold);
            if (lineHeight > 0 && lineHeight < SMALL_LINE_HEIGHT) {
                // Enlarge before binarising: interpolated gray keeps stroke edges smooth.
                page = Upscale.by(page, Math.min(MAX_UPSCALE, (double) GOOD_LINE_HEIGHT / lineHeight));
            }
        }
        if (steps.binarize()) {
            byte[] pixels = page.pixels();
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = (pixels[i] & 0xFF) <= threshold ? 0 : (byte) 255;
            }
        }
        return page;
    }
}

package com.billaudit.ocr;

import java.util.OptionalInt;

/**
 * Cleans a page image up before OCR: denoise (when grainy or speckled), even out lighting,
 * sharpen pale or blurred print, turn it upright, deskew, remove ruling lines and specks,
 * enlarge small text, binarise. Works at the scan's own resolution until the enlargement.
 */
final class Preprocessor {

    /** Glyphs (median component size) smaller than this many pixels are enlarged; Tesseract reads small text poorly. */
    static final int SMALL_GLYPH = 24;
    /**
     * The glyph size small text is enlarged to. Smaller targets save Tesseract time on dense pages
     * but read worse: 27 and 24 each cost exact items and reconciliation on several real scans
     * (measured with a fresh OCR cache; the enlargement factor is not a free CPU knob).
     */
    static final int GOOD_GLYPH = 30;
    private static final double MAX_UPSCALE = 3;
    /** Grain (noise sigma in gray levels) above which a median filter pays off. */
    static final double GRAINY = 2.5;
    /** One light blur after the median per this much grain. */
    static final double BLUR_PER_GRAIN = 7;
    private static final int MAX_BLURS = 2;
    /** Unsharp masking on pale or blurred print: detail added back, times the detail a double blur removes. */
    static final double SHARPEN = 1;
    static final int SHARPEN_PASSES = 2;

    /**
     * A page ready for OCR and how it was turned upright.
     *
     * @param orientation null when the orientation was given, not detected
     * @param joined      whether the page's broken strokes were joined ({@link BrokenStrokes})
     */
    record Prepared(GrayImage image, Orientation.Decision orientation, boolean joined) {

        /** Whether the page's orientation is settled: given, or detected with clear evidence. */
        boolean orientationSettled() {
            return orientation == null || orientation.certain();
        }
    }

    private final Preprocessing steps;

    Preprocessor(Preprocessing steps) {
        this.steps = steps;
    }

    Preprocessing steps() {
        return steps;
    }

    /**
     * Prepares a page turned by the given clockwise quarter turns, or upright by detection when
     * negative; {@code bilevel}: scanned at one bit per pixel, where broken strokes are looked for.
     */
    Prepared prepare(GrayImage original, int quarterTurns, boolean bilevel) {
        // Broken print is joined instead of denoised: a median filter takes its dots for grain.
        OptionalInt joinedGlyphs = steps.join() && bilevel ? BrokenStrokes.joinedGlyphSize(original) : OptionalInt.empty();
        boolean broken = joinedGlyphs.isPresent();
        GrayImage page = steps.denoise() && !broken ? denoise(original) : original;
        // After denoising: the paper's brightness is then its level, not the peaks of its grain.
        page = steps.flatten() ? Illumination.flatten(page) : page;
        if (steps.sharpen() && !broken && Otsu.isPale(page)) {
            page = Smoothing.sharpen(page, SHARPEN, SHARPEN_PASSES);
        }
        int threshold;
        if (broken) {
            BrokenStrokes.Joined joined = BrokenStrokes.join(page);
            page = joined.image();
            threshold = joined.inkBelow();
        } else {
            threshold = Otsu.threshold(page);
        }
        boolean[] ink = Otsu.ink(page, threshold);
        Orientation.Decision orientation = null;
        int turns = Math.max(0, quarterTurns);
        if (quarterTurns < 0 && steps.orient()) {
            orientation = Orientation.of(InkComponents.of(ink, page.width(), page.height()));
            turns = orientation.certain() ? orientation.quarterTurns() : 0;
        }
        if (turns != 0) {
            page = Rotation.quarterTurns(page, turns);
            ink = Otsu.ink(page, threshold);
        }
        if (steps.deskew()) {
            double angle = Deskew.angle(ink, page.width(), page.height());
            if (Math.abs(angle) >= Deskew.MIN_DEGREES) {
                page = Rotation.by(page, angle);
                ink = Otsu.ink(page, threshold);
            }
        }
        if (steps.removeRules() || steps.binarize() || steps.despeckle()) {
            // These paint on the page: work on a copy, the caller's image stays as it was.
            page = page == original ? new GrayImage(page.width(), page.height(), page.pixels().clone()) : page;
        }
        if (steps.removeRules() && (broken
                ? RulingLines.removeWithShortUprights(page, ink, BrokenStrokes.shortestRule(joinedGlyphs.getAsInt()))
                : RulingLines.remove(page, ink)) > 0) {
            ink = Otsu.ink(page, threshold);
        }
        if (steps.despeckle() || steps.upscale()) {
            InkComponents components = InkComponents.of(ink, page.width(), page.height());
            int glyphSize = Orientation.glyphSize(components.boxes(), page.width(), page.height());
            if (steps.despeckle() && glyphSize > 0) {
                Specks.remove(page, components, glyphSize);
            }
            if (steps.upscale() && glyphSize > 0 && glyphSize < SMALL_GLYPH) {
                // Enlarge before binarising: interpolated gray keeps stroke edges smooth.
                page = Upscale.by(page, Math.min(MAX_UPSCALE, (double) GOOD_GLYPH / glyphSize));
            }
        }
        // Pale or blurred print stays gray: Tesseract's recogniser reads the gray stroke edges
        // better than any one threshold, which here either fattens strokes until letters fuse or
        // breaks them. Crisp dark print reads better black-and-white (both measured).
        if (steps.binarize() && (broken || !Otsu.isPale(page))) {
            byte[] pixels = page.pixels();
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = (pixels[i] & 0xFF) <= threshold ? 0 : (byte) 255;
            }
        } else if (steps.binarize()) {
            // The gray kept, but stretched: stroke cores black, the paper and its grain white, so
            // Tesseract neither reads the paper's texture as faint text nor slows down on it.
            int[] levels = Otsu.stretchLevels(page);
            byte[] map = new byte[256];
            for (int level = 0; level < 256; level++) {
                map[level] = (byte) Math.clamp(Math.round(255.0 * (level - levels[0]) / (levels[1] - levels[0])), 0, 255);
            }
            byte[] pixels = page.pixels();
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = map[pixels[i] & 0xFF];
            }
        }
        return new Prepared(page, orientation, broken);
    }

    /**
     * A median filter on grainy (sensor noise) or speckled (lone dark pixels) pages, then as many
     * light blurs as the grain still needs: strong grain survives a median as lumps.
     */
    static GrayImage denoise(GrayImage page) {
        double sigma = NoiseLevel.sigma(page);
        boolean speckled = Speckle.share(Otsu.ink(page, Otsu.threshold(page)), page.width(), page.height()) > Speckle.NOISY;
        if (sigma <= GRAINY && !speckled) {
            return page;
        }
        if (sigma <= GRAINY && smallPrint(page)) {
            // Clean small print: its full stops, decimal points and i-dots are the lone dark pixels
            // the speckle measure counts, and a median would wipe its one-pixel strokes with them.
            return page;
        }
        GrayImage smooth = MedianFilter.apply(page);
        for (int pass = 0; pass < Math.min(MAX_BLURS, (int) (sigma / BLUR_PER_GRAIN)); pass++) {
            smooth = Smoothing.binomial(smooth);
        }
        return smooth;
    }

    private static boolean smallPrint(GrayImage page) {
        int glyphSize = Orientation.glyphSize(page, Otsu.threshold(page));
        return glyphSize > 0 && glyphSize < SMALL_GLYPH;
    }
}

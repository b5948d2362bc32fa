package com.billaudit.ocr;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which clean-up steps run on a page image before OCR; each was measured on scanned bills
 * (see DevSetOcrRecallTest).
 *
 * @param denoise     3x3 median filter (and light blurs as grain requires), on grainy or speckled pages only
 * @param deskew      straighten the page by projection profile
 * @param removeRules paint table ruling lines white
 * @param binarize    hand Tesseract a black-and-white page (Otsu) instead of gray, unless its print is pale
 * @param orient      turn the page upright by its glyphs' shapes, or by trial when they are unclear
 * @param upscale     enlarge pages whose text lines are too small for Tesseract
 * @param flatten     even out uneven lighting before thresholding
 * @param despeckle   erase specks: dots far smaller than the glyphs with no ink near them
 * @param sharpen     unsharp-mask pale or blurred print
 * @param join        join print broken into dots or fragments ({@link BrokenStrokes}) instead of denoising it
 */
record Preprocessing(boolean denoise, boolean deskew, boolean removeRules, boolean binarize, boolean orient,
                     boolean upscale, boolean flatten, boolean despeckle, boolean sharpen, boolean join) {

    static Preprocessing standard() {
        return new Preprocessing(true, true, true, true, true, true, true, true, true, true);
    }

    /** Parses a comma-separated list of step names, e.g. {@code deskew,removeRules}. */
    static Preprocessing parse(String steps) {
        Set<String> names = Arrays.stream(steps.split(","))
                .map(step -> step.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return new Preprocessing(names.contains("denoise"), names.contains("deskew"), names.contains("removerules"),
                names.contains("binarize"), names.contains("orient"), names.contains("upscale"),
                names.contains("flatten"), names.contains("despeckle"),
                names.contains("sharpen"), names.contains("join"));
    }
}

package com.billaudit.ocr;

/** Enlarges a page image with bilinear interpolation, for text too small for Tesseract. */
final class Upscale {

    private Upscale() {
    }

    static GrayImage by(GrayImage image, double factor) {
        int w = (int) Math.round(image.width() * factor);
        int h = (int) Math.round(image.height() * factor);
        GrayImage out = GrayImage.blank(w, h);
        byte[] src = image.pixels();
        byte[] dst = out.pixels();
        int sw = image.width();
        int sh = image.height();
        for (int y = 0; y < h; y++) {
            double sy = Math.min(sh - 1.0, Math.max(0, (y + 0.5) / factor - 0.5));
            int y0 = (int) sy;
            int y1 = Math.min(sh - 1, y0 + 1);
            double fy = sy - y0;
            for (int x = 0; x < w; x++) {
                double sx = Math.min(sw - 1.0, Math.max(0, (x + 0.5) / factor - 0.5));
                int x0 = (int) sx;
                int x1 = Math.min(sw - 1, x0 + 1);
                double fx = sx - x0;
                double top = (src[y0 * sw + x0] & 0xFF) * (1 - fx) + (src[y0 * sw + x1] & 0xFF) * fx;
                double bottom = (src[y1 * sw + x0] & 0xFF) * (1 - fx) + (src[y1 * sw + x1] & 0xFF) * fx;
                dst[y * w + x] = (byte) Math.round(top * (1 - fy) + bottom * fy);
            }
        }
        return out;
    }
}

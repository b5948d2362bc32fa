package com.billaudit.ocr;

/**
 * A separable 1-2-1 binomial blur: one pass cuts Gaussian grain to about 0.38 of its strength
 * while moving an edge by well under a pixel.
 */
final class Smoothing {

    private Smoothing() {
    }

    static GrayImage binomial(GrayImage image) {
        int w = image.width();
        int h = image.height();
        byte[] src = image.pixels();
        // Horizontal pass into shorts (x4), vertical pass back to bytes (/16).
        short[] across = new short[src.length];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int left = src[row + Math.max(0, x - 1)] & 0xFF;
                int right = src[row + Math.min(w - 1, x + 1)] & 0xFF;
                across[row + x] = (short) (left + 2 * (src[row + x] & 0xFF) + right);
            }
        }
        GrayImage out = GrayImage.blank(w, h);
        byte[] dst = out.pixels();
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int up = Math.max(0, y - 1) * w;
            int down = Math.min(h - 1, y + 1) * w;
            for (int x = 0; x < w; x++) {
                dst[row + x] = (byte) ((across[up + x] + 2 * across[row + x] + across[down + x] + 8) >> 4);
            }
        }
        return out;
    }

    /**
     * Unsharp masking: adds back {@code amount} times the detail a blur takes away, which
     * restores the contrast of strokes a blurry scan smeared out.
     */
    static GrayImage sharpen(GrayImage image, double amount, int blurPasses) {
        GrayImage blurred = image;
        for (int pass = 0; pass < blurPasses; pass++) {
            blurred = binomial(blurred);
        }
        byte[] src = image.pixels();
        byte[] soft = blurred.pixels();
        GrayImage out = GrayImage.blank(image.width(), image.height());
        byte[] dst = out.pixels();
        for (int i = 0; i < src.length; i++) {
            int value = src[i] & 0xFF;
            dst[i] = (byte) Math.clamp(Math.round(value + amount * (value - (soft[i] & 0xFF))), 0, 255);
        }
        return out;
    }
}

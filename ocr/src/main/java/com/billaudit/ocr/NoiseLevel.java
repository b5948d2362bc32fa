package com.billaudit.ocr;

/**
 * Estimates a page's sensor noise (the standard deviation of gray levels around their local
 * mean) from the median response of a Laplacian-like mask that cancels flat areas and straight
 * gradients (Immerkaer's mask). The median ignores the minority of pixels on glyph edges, so
 * the estimate tracks the paper's grain, not the amount of text.
 */
final class NoiseLevel {

    /** Rows sampled: every few rows give the same median at a fraction of the cost. */
    private static final int ROW_STEP = 3;
    /** The mask's response to unit Gaussian noise has standard deviation 6 (sqrt of 36). */
    private static final double MASK_NORM = 6;
    /** Median of |N(0,1)|. */
    private static final double MEDIAN_ABS_NORMAL = 0.6745;

    private NoiseLevel() {
    }

    static double sigma(GrayImage image) {
        int w = image.width();
        int h = image.height();
        if (w < 3 || h < 3) {
            return 0;
        }
        byte[] p = image.pixels();
        int[] histogram = new int[16 * 255 + 1];
        long count = 0;
        for (int y = 1; y < h - 1; y += ROW_STEP) {
            int up = (y - 1) * w;
            int mid = y * w;
            int down = (y + 1) * w;
            for (int x = 1; x < w - 1; x++) {
                int response = (p[up + x - 1] & 0xFF) - 2 * (p[up + x] & 0xFF) + (p[up + x + 1] & 0xFF)
                        - 2 * (p[mid + x - 1] & 0xFF) + 4 * (p[mid + x] & 0xFF) - 2 * (p[mid + x + 1] & 0xFF)
                        + (p[down + x - 1] & 0xFF) - 2 * (p[down + x] & 0xFF) + (p[down + x + 1] & 0xFF);
                histogram[Math.abs(response)]++;
                count++;
            }
        }
        long half = (count + 1) / 2;
        long seen = 0;
        for (int value = 0; value < histogram.length; value++) {
            seen += histogram[value];
            if (seen >= half) {
                return value / (MASK_NORM * MEDIAN_ABS_NORMAL);
            }
        }
        return 0;
    }
}

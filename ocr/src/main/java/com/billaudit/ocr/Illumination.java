package com.billaudit.ocr;

/**
 * Evens out uneven lighting (a phone photo under a lamp, a scanner's dark edge) so that one
 * global threshold separates ink from paper everywhere: each pixel is divided by the paper
 * brightness around it: the brightest pixel near it.
 */
final class Illumination {

    /** Block edge in pixels: larger than a glyph, smaller than a lighting gradient. */
    static final int BLOCK = 64;
    /** Paper darker than this is not paper (an all-ink block): leave such pixels alone. */
    private static final int MIN_PAPER = 40;

    private Illumination() {
    }

    static GrayImage flatten(GrayImage image) {
        int w = image.width();
        int h = image.height();
        int cols = (w + BLOCK - 1) / BLOCK;
        int rows = (h + BLOCK - 1) / BLOCK;
        int[][] paper = widen(blockMaxima(image, cols, rows), cols, rows);
        if (allWhite(paper)) {
            // White paper everywhere (a clean scan, any black-and-white page): each pixel would
            // be divided by 255, i.e. stay as it is.
            return image;
        }
        // Where each column lies between block centres, worked out once rather than per pixel.
        int[] left = new int[w];
        int[] right = new int[w];
        double[] rightWeight = new double[w];
        for (int x = 0; x < w; x++) {
            double bx = Math.clamp((x + 0.5) / BLOCK - 0.5, 0, cols - 1);
            left[x] = (int) bx;
            right[x] = Math.min(cols - 1, left[x] + 1);
            rightWeight[x] = bx - left[x];
        }
        GrayImage out = GrayImage.blank(w, h);
        byte[] src = image.pixels();
        byte[] dst = out.pixels();
        for (int y = 0; y < h; y++) {
            double by = Math.clamp((y + 0.5) / BLOCK - 0.5, 0, rows - 1);
            int r0 = (int) by;
            int r1 = Math.min(rows - 1, r0 + 1);
            double fy = by - r0;
            int[] top = paper[r0];
            int[] bottom = paper[r1];
            for (int x = 0; x < w; x++) {
                int c0 = left[x];
                int c1 = right[x];
                int value = src[y * w + x] & 0xFF;
                if ((top[c0] & top[c1] & bottom[c0] & bottom[c1]) == 255) {
                    // Between four white blocks the level is 255 give or take rounding: unchanged.
                    dst[y * w + x] = (byte) value;
                    continue;
                }
                double fx = rightWeight[x];
                double level = (top[c0] * (1 - fx) + top[c1] * fx) * (1 - fy)
                        + (bottom[c0] * (1 - fx) + bottom[c1] * fx) * fy;
                dst[y * w + x] = (byte) (level < MIN_PAPER ? value : Math.min(255, (int) Math.round(value * 255.0 / level)));
            }
        }
        return out;
    }

    private static boolean allWhite(int[][] paper) {
        for (int[] row : paper) {
            for (int level : row) {
                if (level != 255) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int[][] blockMaxima(GrayImage image, int cols, int rows) {
        int[][] max = new int[rows][cols];
        byte[] pixels = image.pixels();
        int w = image.width();
        for (int y = 0; y < image.height(); y++) {
            int[] row = max[y / BLOCK];
            for (int x = 0; x < w; x++) {
                int value = pixels[y * w + x] & 0xFF;
                if (value > row[x / BLOCK]) {
                    row[x / BLOCK] = value;
                }
            }
        }
        return max;
    }

    /**
     * Each block takes the brightest level of itself and its eight neighbours, so a block filled
     * by a dark header still finds paper (measured better than keeping each block's own level).
     */
    private static int[][] widen(int[][] levels, int cols, int rows) {
        int[][] wide = new int[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int best = 0;
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        int rr = r + dr;
                        int cc = c + dc;
                        if (rr >= 0 && cc >= 0 && rr < rows && cc < cols) {
                            best = Math.max(best, levels[rr][cc]);
                        }
                    }
                }
                wide[r][c] = best;
            }
        }
        return wide;
    }
}

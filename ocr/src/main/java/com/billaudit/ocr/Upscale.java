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
        // Where each output column samples the source, worked out once rather than per pixel:
        // an enlarged dense page has 50-60 million pixels (same arithmetic, same result).
        int[] left = new int[w];
        int[] right = new int[w];
        double[] rightWeight = new double[w];
        for (int x = 0; x < w; x++) {
            double sx = Math.min(sw - 1.0, Math.max(0, (x + 0.5) / factor - 0.5));
            left[x] = (int) sx;
            right[x] = Math.min(sw - 1, left[x] + 1);
            rightWeight[x] = sx - left[x];
        }
        int[] rowLevel = rowLevels(image);
        for (int y = 0; y < h; y++) {
            double sy = Math.min(sh - 1.0, Math.max(0, (y + 0.5) / factor - 0.5));
            int y0 = (int) sy;
            int y1 = Math.min(sh - 1, y0 + 1);
            double fy = sy - y0;
            int row0 = y0 * sw;
            int row1 = y1 * sw;
            int out0 = y * w;
            if (rowLevel[y0] >= 0 && rowLevel[y0] == rowLevel[y1]) {
                // Between two rows of one level (the paper between text lines): that level.
                java.util.Arrays.fill(dst, out0, out0 + w, (byte) rowLevel[y0]);
                continue;
            }
            for (int x = 0; x < w; x++) {
                byte topLeft = src[row0 + left[x]];
                byte topRight = src[row0 + right[x]];
                byte bottomLeft = src[row1 + left[x]];
                byte bottomRight = src[row1 + right[x]];
                if (topLeft == topRight && topLeft == bottomLeft && topLeft == bottomRight) {
                    // Plain paper or solid ink, most of a page: the blend is that level.
                    dst[out0 + x] = topLeft;
                    continue;
                }
                double fx = rightWeight[x];
                double top = (topLeft & 0xFF) * (1 - fx) + (topRight & 0xFF) * fx;
                double bottom = (bottomLeft & 0xFF) * (1 - fx) + (bottomRight & 0xFF) * fx;
                dst[out0 + x] = (byte) Math.round(top * (1 - fy) + bottom * fy);
            }
        }
        return out;
    }

    /** Each row's level when the whole row has one, else -1. */
    private static int[] rowLevels(GrayImage image) {
        int[] levels = new int[image.height()];
        byte[] pixels = image.pixels();
        int width = image.width();
        for (int y = 0; y < levels.length; y++) {
            int start = y * width;
            byte first = pixels[start];
            int x = 1;
            while (x < width && pixels[start + x] == first) {
                x++;
            }
            levels[y] = x == width ? first & 0xFF : -1;
        }
        return levels;
    }
}

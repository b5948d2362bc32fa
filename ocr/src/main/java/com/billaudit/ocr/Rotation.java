package com.billaudit.ocr;

/** Rotates page images: by quarter turns exactly, by small angles with bilinear sampling. */
final class Rotation {

    private static final int PAPER = 255;

    private Rotation() {
    }

    /** Rotates clockwise by {@code quarters} quarter turns. */
    static GrayImage quarterTurns(GrayImage image, int quarters) {
        int turns = Math.floorMod(quarters, 4);
        if (turns == 0) {
            return image;
        }
        int w = image.width();
        int h = image.height();
        boolean swap = turns % 2 == 1;
        GrayImage out = GrayImage.blank(swap ? h : w, swap ? w : h);
        byte[] src = image.pixels();
        byte[] dst = out.pixels();
        int ow = out.width();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int nx;
                int ny;
                switch (turns) {
                    case 1 -> { nx = h - 1 - y; ny = x; }
                    case 2 -> { nx = w - 1 - x; ny = h - 1 - y; }
                    default -> { nx = y; ny = w - 1 - x; }
                }
                dst[ny * ow + nx] = src[y * w + x];
            }
        }
        return out;
    }

    /**
     * Rotates by {@code degrees} about the centre, keeping the size; corners that come from
     * outside the page are paper-white. A positive angle turns the content clockwise on screen.
     */
    static GrayImage by(GrayImage image, double degrees) {
        int w = image.width();
        int h = image.height();
        double radians = Math.toRadians(degrees);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        double cx = (w - 1) / 2.0;
        double cy = (h - 1) / 2.0;
        GrayImage out = GrayImage.blank(w, h);
        byte[] src = image.pixels();
        byte[] dst = out.pixels();
        for (int y = 0; y < h; y++) {
            double dy = y - cy;
            for (int x = 0; x < w; x++) {
                double dx = x - cx;
                // Inverse mapping: where in the source does this output pixel come from.
                double sx = cos * dx + sin * dy + cx;
                double sy = -sin * dx + cos * dy + cy;
                dst[y * w + x] = (byte) sample(src, w, h, sx, sy);
            }
        }
        return out;
    }

    private static int sample(byte[] src, int w, int h, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        if (x0 < 0 || y0 < 0 || x0 >= w - 1 || y0 >= h - 1) {
            return PAPER;
        }
        double fx = x - x0;
        double fy = y - y0;
        int i = y0 * w + x0;
        if (src[i] == src[i + 1] && src[i] == src[i + w] && src[i] == src[i + w + 1]) {
            // Plain paper or solid ink, most of a page: the blend is that level.
            return src[i] & 0xFF;
        }
        double top = (src[i] & 0xFF) * (1 - fx) + (src[i + 1] & 0xFF) * fx;
        double bottom = (src[i + w] & 0xFF) * (1 - fx) + (src[i + w + 1] & 0xFF) * fx;
        return (int) Math.round(top * (1 - fy) + bottom * fy);
    }
}

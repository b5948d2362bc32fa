package com.billaudit.ocr;

/** Shrinks a page image by an integer factor, averaging each block of pixels. */
final class Downscale {

    private Downscale() {
    }

    static GrayImage by(GrayImage image, int factor) {
        if (factor <= 1) {
            return image;
        }
        int w = image.width() / factor;
        int h = image.height() / factor;
        GrayImage out = GrayImage.blank(Math.max(1, w), Math.max(1, h));
        byte[] src = image.pixels();
        byte[] dst = out.pixels();
        int area = factor * factor;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sum = 0;
                for (int dy = 0; dy < factor; dy++) {
                    int row = (y * factor + dy) * image.width() + x * factor;
                    for (int dx = 0; dx < factor; dx++) {
                        sum += src[row + dx] & 0xFF;
                    }
                }
                dst[y * out.width() + x] = (byte) (sum / area);
            }
        }
        return out;
    }
}

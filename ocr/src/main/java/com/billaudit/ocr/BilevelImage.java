package com.billaudit.ocr;

/**
 * Packs a page that holds only black (0) and white (255) into Tesseract's one-bit layout: rows
 * of whole bytes, the leftmost pixel in the high bit, a set bit white.
 */
final class BilevelImage {

    private BilevelImage() {
    }

    static int bytesPerLine(int width) {
        return (width + 7) / 8;
    }

    /** The packed rows, or null when the page has any gray level (it is handed over as gray). */
    static byte[] pack(GrayImage image) {
        int width = image.width();
        int stride = bytesPerLine(width);
        byte[] pixels = image.pixels();
        byte[] packed = new byte[stride * image.height()];
        for (int y = 0; y < image.height(); y++) {
            int row = y * width;
            int out = y * stride;
            for (int x = 0; x < width; x++) {
                byte pixel = pixels[row + x];
                if (pixel == (byte) 255) {
                    packed[out + (x >> 3)] |= (byte) (0x80 >>> (x & 7));
                } else if (pixel != 0) {
                    return null;
                }
            }
        }
        return packed;
    }
}

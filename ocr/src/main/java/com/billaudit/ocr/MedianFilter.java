package com.billaudit.ocr;

/** A 3x3 median filter: removes salt-and-pepper scanner noise while keeping stroke edges. */
final class MedianFilter {

    private MedianFilter() {
    }

    static GrayImage apply(GrayImage image) {
        int w = image.width();
        int h = image.height();
        byte[] src = image.pixels();
        GrayImage out = new GrayImage(w, h, src.clone());
        byte[] dst = out.pixels();
        int[] window = new int[9];
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int n = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    int row = (y + dy) * w + x;
                    window[n++] = src[row - 1] & 0xFF;
                    window[n++] = src[row] & 0xFF;
                    window[n++] = src[row + 1] & 0xFF;
                }
                dst[y * w + x] = (byte) median9(window);
            }
        }
        return out;
    }

    /** Median of nine values by insertion sort (nine values: nothing cleverer pays off). */
    private static int median9(int[] v) {
        for (int i = 1; i < 9; i++) {
            int value = v[i];
            int j = i - 1;
            while (j >= 0 && v[j] > value) {
                v[j + 1] = v[j];
                j--;
            }
            v[j + 1] = value;
        }
        return v[4];
    }
}

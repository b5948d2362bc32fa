package com.billaudit.ocr;

/** Otsu's global threshold: the gray level that best separates ink from paper. */
final class Otsu {

    private Otsu() {
    }

    static int threshold(GrayImage image) {
        long[] histogram = new long[256];
        for (byte pixel : image.pixels()) {
            histogram[pixel & 0xFF]++;
        }
        long total = image.pixels().length;
        double sumAll = 0;
        for (int level = 0; level < 256; level++) {
            sumAll += (double) level * histogram[level];
        }
        double sumBelow = 0;
        long countBelow = 0;
        double bestVariance = -1;
        int best = 127;
        for (int level = 0; level < 256; level++) {
            countBelow += histogram[level];
            if (countBelow == 0) {
                continue;
            }
            long countAbove = total - countBelow;
            if (countAbove == 0) {
                break;
            }
            sumBelow += (double) level * histogram[level];
            double meanBelow = sumBelow / countBelow;
            double meanAbove = (sumAll - sumBelow) / countAbove;
            double variance = (double) countBelow * countAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (variance > bestVariance) {
                bestVariance = variance;
                best = level;
            }
        }
        return best;
    }

    /** Ink mask: true where the pixel is at or below the threshold. */
    static boolean[] ink(GrayImage image, int threshold) {
        byte[] pixels = image.pixels();
        boolean[] ink = new boolean[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            ink[i] = (pixels[i] & 0xFF) <= threshold;
        }
        return ink;
    }
}

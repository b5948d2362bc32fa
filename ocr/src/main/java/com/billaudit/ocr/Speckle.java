package com.billaudit.ocr;

/**
 * Measures scanner speckle: the share of ink pixels that stand alone, with at most one inked
 * neighbour. Strokes of text and rules have many neighbours; dust and sensor noise do not.
 */
final class Speckle {

    /** Above this share of lone ink pixels a page is worth a median filter. */
    static final double NOISY = 0.02;

    private Speckle() {
    }

    static double share(boolean[] ink, int width, int height) {
        long inked = 0;
        long alone = 0;
        for (int y = 1; y < height - 1; y++) {
            for (int x = 1; x < width - 1; x++) {
                int i = y * width + x;
                if (!ink[i]) {
                    continue;
                }
                inked++;
                int neighbours = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if ((dx != 0 || dy != 0) && ink[i + dy * width + dx]) {
                            neighbours++;
                        }
                    }
                }
                if (neighbours <= 1) {
                    alone++;
                }
            }
        }
        return inked == 0 ? 0 : (double) alone / inked;
    }
}

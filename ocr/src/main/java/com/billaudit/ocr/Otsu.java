package com.billaudit.ocr;

/**
 * Otsu's global threshold: the gray level that best separates ink from paper; on grainy pages
 * kept below the paper's grain.
 */
final class Otsu {

    /** Paper grain reaches this many standard deviations below the paper's level. */
    private static final double GRAIN_REACH = 4;

    private Otsu() {
    }

    /**
     * Otsu's level, but never within the paper's grain: with little ink and strong noise, Otsu
     * splits the paper's own spread of gray levels instead of ink from paper.
     */
    static int threshold(GrayImage image) {
        long[] histogram = histogram(image);
        int otsu = otsu(histogram);
        int threshold = Math.min(otsu, belowGrain(histogram));
        if (inkLevel(histogram, otsu) > PALE_INK) {
            threshold = Math.min(threshold, midpoint(histogram, otsu));
        }
        return threshold;
    }

    /** The share of the darkest ink pixels whose level counts as the ink's own (stroke cores). */
    private static final double INK_CORE = 0.25;
    /**
     * Stroke cores lighter than this are pale or blurred print. Crisp dark print is left to
     * Otsu: thinning its strokes to the midpoint loses more than it gains (measured).
     */
    static final int PALE_INK = 64;

    /**
     * Halfway between the paper's level and the ink's: a blurred stroke's true edge lies where
     * its gray is halfway between the two. With pale, blurred print Otsu's level sits close to
     * the paper, which fattens strokes until the holes of 0, 6, 8 and e fill in.
     */
    static int midpoint(long[] histogram, int otsu) {
        return (inkLevel(histogram, otsu) + paperLevel(histogram)) / 2;
    }

    /** The gray of stroke cores: the level below which the darkest quarter of the ink lies. */
    static int inkLevel(long[] histogram, int otsu) {
        long inkPixels = 0;
        for (int level = 0; level <= otsu; level++) {
            inkPixels += histogram[level];
        }
        long seen = 0;
        int ink = 0;
        for (int level = 0; level <= otsu; level++) {
            seen += histogram[level];
            if (seen >= INK_CORE * inkPixels) {
                ink = level;
                break;
            }
        }
        return ink;
    }

    /** The gray of the page's stroke cores and of its paper. */
    static int[] inkAndPaper(GrayImage image) {
        long[] histogram = histogram(image);
        return new int[]{inkLevel(histogram, otsu(histogram)), paperLevel(histogram)};
    }

    /** The most common gray level: the paper. */
    private static int paperLevel(long[] histogram) {
        int paper = 0;
        for (int level = 1; level < 256; level++) {
            if (histogram[level] > histogram[paper]) {
                paper = level;
            }
        }
        return paper;
    }

    /** Whether the page's print is pale or blurred: its stroke cores are far from black. */
    static boolean isPale(GrayImage image) {
        long[] histogram = histogram(image);
        return inkLevel(histogram, otsu(histogram)) > PALE_INK;
    }

    private static long[] histogram(GrayImage image) {
        long[] histogram = new long[256];
        for (byte pixel : image.pixels()) {
            histogram[pixel & 0xFF]++;
        }
        return histogram;
    }

    /**
     * The paper's level (the most common gray) less a few times its grain, measured on the
     * brighter side of that level only, where no ink is.
     */
    static int belowGrain(long[] histogram) {
        int paper = paperLevel(histogram);
        double squares = 0;
        long count = 0;
        for (int level = paper; level < 256; level++) {
            squares += (double) (level - paper) * (level - paper) * histogram[level];
            count += histogram[level];
        }
        double grain = count == 0 ? 0 : Math.sqrt(squares / count);
        return (int) Math.floor(paper - GRAIN_REACH * grain);
    }

    /**
     * The gray levels a pale page is stretched between: its stroke cores (to black) and the
     * lower edge of its paper's grain (to white), {@code PAPER_GRAIN} grain widths below the paper.
     */
    static int[] stretchLevels(GrayImage image) {
        long[] histogram = histogram(image);
        int otsu = otsu(histogram);
        int ink = inkLevel(histogram, otsu);
        int paper = paperLevel(histogram);
        int white = (int) Math.floor(paper - PAPER_GRAIN * (paper - belowGrain(histogram)) / GRAIN_REACH);
        return new int[]{ink, Math.max(ink + 1, white)};
    }

    /** Grain widths below the paper's level that still count as paper when a pale page is stretched. */
    private static final double PAPER_GRAIN = 2;

    /** Otsu's level alone, without the grain and pale-print corrections. */
    static int otsu(GrayImage image) {
        return otsu(histogram(image));
    }

    static int otsu(long[] histogram) {
        long total = 0;
        for (long count : histogram) {
            total += count;
        }
        double sumAll = 0;
        for (int level = 0; level < 256; level++) {
            sumAll += (double) level * histogram[level];
        }
        double sumBelow = 0;
        long countBelow = 0;
        double bestVariance = -1;
        int best = 127;
        int bestEnd = 127;
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
                bestEnd = level;
            } else if (histogram[level] == 0 && bestEnd == level - 1) {
                bestEnd = level;
            }
        }
        // Every level in the empty gap after the best split separates the same pixels; take the
        // middle of the gap, not its dark end. On a black-and-white page the dark end is 0, and
        // once the page is enlarged (interpolated gray at stroke edges) a threshold of 0 keeps
        // only the pure-black cores of the strokes: thin print breaks apart.
        return (best + bestEnd + 1) / 2;
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

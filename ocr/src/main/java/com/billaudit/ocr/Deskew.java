package com.billaudit.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a page's skew by projection profile: text rows and ruling lines give the sharpest row
 * histogram of ink when projected at the page's true angle. Works on a sample of ink pixels.
 */
final class Deskew {

    /** Scanned pages are rarely skewed more than this. */
    static final double MAX_DEGREES = 8;
    /** Skew smaller than this is not worth resampling the page for. */
    static final double MIN_DEGREES = 0.1;
    private static final int SAMPLE_STEP = 3;

    private Deskew() {
    }

    /** The angle in degrees the page's text rows rise to the right (negative: they fall). */
    static double angle(boolean[] ink, int width, int height) {
        int[][] points = sample(ink, width, height);
        if (points[0].length < 100) {
            return 0;
        }
        double best = search(points, height, -MAX_DEGREES, MAX_DEGREES, 0.5);
        best = search(points, height, best - 0.5, best + 0.5, 0.1);
        return search(points, height, best - 0.1, best + 0.1, 0.02);
    }

    private static double search(int[][] points, int height, double from, double to, double step) {
        double bestAngle = 0;
        double bestScore = -1;
        for (double angle = from; angle <= to + 1e-9; angle += step) {
            double score = sharpness(points, height, angle);
            if (score > bestScore) {
                bestScore = score;
                bestAngle = angle;
            }
        }
        return bestAngle;
    }

    /** Sum of squared row counts after undoing {@code angle}: highest when rows line up. */
    private static double sharpness(int[][] points, int height, double angle) {
        double tan = Math.tan(Math.toRadians(angle));
        int[] xs = points[0];
        int[] ys = points[1];
        int offset = (int) Math.ceil(Math.abs(tan) * maxX(xs)) + 1;
        int[] rows = new int[(height + 2 * offset) / SAMPLE_STEP + 2];
        for (int i = 0; i < xs.length; i++) {
            // A row rising to the right by angle has y + x * tan constant.
            rows[(int) Math.round((ys[i] + xs[i] * tan + offset) / SAMPLE_STEP)]++;
        }
        double score = 0;
        for (int count : rows) {
            score += (double) count * count;
        }
        return score;
    }

    private static int maxX(int[] xs) {
        int max = 0;
        for (int x : xs) {
            max = Math.max(max, x);
        }
        return max;
    }

    private static int[][] sample(boolean[] ink, int width, int height) {
        List<int[]> found = new ArrayList<>();
        for (int y = 0; y < height; y += SAMPLE_STEP) {
            for (int x = 0; x < width; x += SAMPLE_STEP) {
                if (ink[y * width + x]) {
                    found.add(new int[]{x, y});
                }
            }
        }
        int[] xs = new int[found.size()];
        int[] ys = new int[found.size()];
        for (int i = 0; i < found.size(); i++) {
            xs[i] = found.get(i)[0];
            ys[i] = found.get(i)[1];
        }
        return new int[][]{xs, ys};
    }
}

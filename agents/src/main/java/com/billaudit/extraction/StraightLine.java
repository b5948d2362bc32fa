package com.billaudit.extraction;

import java.util.List;

/**
 * y = intercept + slope × x, fitted by least squares to measured points: how a page's pixels map
 * to its layout text's offsets ({@link PageScale}), how a header's offsets on one page map to
 * another's ({@link HeaderAnchor}).
 */
record StraightLine(double slope, double intercept) {

    /** The least-squares line through {@code points} ({x, y} each); null when their x values do not spread. */
    static StraightLine fitted(List<double[]> points) {
        double n = points.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (double[] p : points) {
            sx += p[0];
            sy += p[1];
            sxx += p[0] * p[0];
            sxy += p[0] * p[1];
        }
        double spread = n * sxx - sx * sx;
        if (spread <= 0) {
            return null;
        }
        double slope = (n * sxy - sx * sy) / spread;
        return new StraightLine(slope, (sy - slope * sx) / n);
    }

    double at(double x) {
        return intercept + slope * x;
    }
}

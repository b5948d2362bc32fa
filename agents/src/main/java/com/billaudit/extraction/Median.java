package com.billaudit.extraction;

import java.util.Arrays;

/** The middle of measured values, which a few stray measurements (a misplaced box, a speck) do not move. */
final class Median {

    private Median() {
    }

    /** The median of {@code values}, sorted in place; the mean of the middle two when their count is even. */
    static double of(double[] values) {
        Arrays.sort(values);
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}

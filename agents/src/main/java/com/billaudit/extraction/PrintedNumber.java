package com.billaudit.extraction;

import java.math.BigDecimal;

/**
 * A number read from a table cell.
 *
 * @param value    its value (not rounded: a quantity may be 0.5)
 * @param decimal  printed with a decimal fraction, as money usually is
 * @param repaired read only after undoing an OCR slip (a letter for a digit, a comma for the point)
 */
record PrintedNumber(BigDecimal value, boolean decimal, boolean repaired) {

    /** A whole number printed without a fraction: what a quantity or serial number looks like. */
    boolean looksWhole() {
        return !decimal && value.stripTrailingZeros().scale() <= 0;
    }
}

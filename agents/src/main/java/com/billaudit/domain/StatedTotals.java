package com.billaudit.domain;

import java.math.BigDecimal;

/**
 * The summary rows printed on a bill, each null when the bill does not print it.
 *
 * @param subtotal    the gross/sub total row
 * @param discount    discounts, as a positive number
 * @param tax         taxes printed (all GST/VAT rows together)
 * @param statedTotal the final amount the bill asks to be paid
 * @param taxIncluded the tax rows state GST already inside the amounts: reported, not added again
 * @param roundOff    a printed round-off (signed, at most a rupee or a dollar), or null
 */
public record StatedTotals(BigDecimal subtotal, BigDecimal discount, BigDecimal tax, BigDecimal statedTotal,
                           boolean taxIncluded, BigDecimal roundOff) {
    public static final StatedTotals NONE = new StatedTotals(null, null, null, null);

    /** Summary rows with tax added on top and no round-off. */
    public StatedTotals(BigDecimal subtotal, BigDecimal discount, BigDecimal tax, BigDecimal statedTotal) {
        this(subtotal, discount, tax, statedTotal, false, null);
    }

    public StatedTotals withTaxIncluded(boolean included) {
        return new StatedTotals(subtotal, discount, tax, statedTotal, included, roundOff);
    }

    public StatedTotals withRoundOff(BigDecimal newRoundOff) {
        return new StatedTotals(subtotal, discount, tax, statedTotal, taxIncluded, newRoundOff);
    }
}

package com.billaudit.domain;

import java.math.BigDecimal;

/**
 * The summary rows printed on a bill, each null when the bill does not print it.
 *
 * @param subtotal    the gross/sub total row
 * @param discount    discounts, as a positive number
 * @param tax         taxes added (all GST/VAT rows together)
 * @param statedTotal the final amount the bill asks to be paid
 */
public record StatedTotals(BigDecimal subtotal, BigDecimal discount, BigDecimal tax, BigDecimal statedTotal) {
    public static final StatedTotals NONE = new StatedTotals(null, null, null, null);
}

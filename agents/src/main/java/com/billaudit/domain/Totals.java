package com.billaudit.domain;

import java.math.BigDecimal;

/**
 * The money summary of an analysis.
 *
 * @param lineItems      sum of the line items' amounts
 * @param discount       discount printed on the bill (0 when none)
 * @param tax            tax printed on the bill (0 when none)
 * @param statedTotal    the bill's own final total, or null
 * @param recoverable    sum of the findings' amounts
 * @param recoverablePct recoverable / lineItems × 100, scale 2
 */
public record Totals(BigDecimal lineItems, BigDecimal discount, BigDecimal tax, BigDecimal statedTotal,
                     BigDecimal recoverable, BigDecimal recoverablePct) {
    public static final Totals EMPTY = new Totals(Money.ZERO, Money.ZERO, Money.ZERO, null, Money.ZERO, Money.ZERO);
}

package com.billaudit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The money of one bill of the upload (contract 1.1 {@code bills[]}): what its lines sum to
 * beside what it prints.
 *
 * @param lineItems   sum of its line items' amounts
 * @param discount    its printed discount (0 when none)
 * @param tax         its printed tax (0 when none)
 * @param taxIncluded the tax is printed as already inside the amounts
 * @param roundOff    its printed round-off (0 when none)
 * @param statedTotal its own final total, or null
 */
public record BillTotals(int index, List<Integer> pages, String number, LocalDate date, String seller,
                         BigDecimal lineItems, BigDecimal discount, BigDecimal tax, boolean taxIncluded,
                         BigDecimal roundOff, BigDecimal statedTotal) {
    public BillTotals {
        pages = List.copyOf(pages);
    }
}

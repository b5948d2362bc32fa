package com.billaudit.extraction;

import java.math.BigDecimal;

/**
 * A summary row of a charge table: its kind and the amount it prints (always positive).
 *
 * @param itemsAbove how many charge rows of its bill stand above it (fewer than the bill's: a section's total)
 * @param bill       which bill of the upload it is printed on, 1-based
 */
record SummaryRow(SummaryKind kind, String label, BigDecimal amount, int itemsAbove, int bill) {

    SummaryRow(SummaryKind kind, String label, BigDecimal amount, int itemsAbove) {
        this(kind, label, amount, itemsAbove, 1);
    }
}

package com.billaudit.extraction;

import java.math.BigDecimal;

/**
 * A summary row of a charge table: its kind and the amount it prints (always positive).
 *
 * @param itemsAbove how many charge rows stand above it (fewer than the bill's: a section's total)
 */
record SummaryRow(SummaryKind kind, String label, BigDecimal amount, int itemsAbove) {
}

package com.billaudit.extraction;

import java.math.BigDecimal;

/** A summary row under a charge table: its kind and the amount it prints (always positive). */
record SummaryRow(SummaryKind kind, String label, BigDecimal amount) {
}

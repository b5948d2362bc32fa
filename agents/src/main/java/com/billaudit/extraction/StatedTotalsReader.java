package com.billaudit.extraction;

import com.billaudit.domain.Money;
import com.billaudit.domain.StatedTotals;

import java.math.BigDecimal;
import java.util.List;

/**
 * Turns the summary rows of a bill into its stated totals: the gross, the discounts (positive),
 * the taxes added, and the final amount payable before any advance is set against it (the
 * figure that should equal charges − discount + tax).
 */
final class StatedTotalsReader {

    private StatedTotalsReader() {
    }

    static StatedTotals read(List<SummaryRow> rows) {
        if (rows.isEmpty()) {
            return StatedTotals.NONE;
        }
        return new StatedTotals(subtotal(rows), sum(rows, SummaryKind.DISCOUNT), tax(rows), payable(rows));
    }

    private static BigDecimal subtotal(List<SummaryRow> rows) {
        return rows.stream().filter(r -> r.kind() == SummaryKind.SUBTOTAL).map(SummaryRow::amount)
                .max(BigDecimal::compareTo).map(Money::scaled).orElse(null);
    }

    private static BigDecimal sum(List<SummaryRow> rows, SummaryKind kind) {
        List<BigDecimal> amounts = rows.stream().filter(r -> r.kind() == kind).map(SummaryRow::amount).toList();
        return amounts.isEmpty() ? null : Money.scaled(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** All tax rows together, unless one of them is already the total of the others ("Total GST"). */
    private static BigDecimal tax(List<SummaryRow> rows) {
        List<BigDecimal> amounts = rows.stream().filter(r -> r.kind() == SummaryKind.TAX).map(SummaryRow::amount).toList();
        if (amounts.isEmpty()) {
            return null;
        }
        BigDecimal all = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal largest = amounts.stream().max(BigDecimal::compareTo).orElseThrow();
        if (amounts.size() >= 3 && all.subtract(largest).subtract(largest).abs().compareTo(new BigDecimal("0.02")) <= 0) {
            return Money.scaled(largest);
        }
        return Money.scaled(all);
    }

    private static BigDecimal payable(List<SummaryRow> rows) {
        int advance = firstIndex(rows, SummaryKind.ADVANCE);
        int end = advance < 0 ? rows.size() : advance;
        BigDecimal beforeAdvance = lastOf(rows.subList(0, end), SummaryKind.PAYABLE);
        if (beforeAdvance != null) {
            return beforeAdvance;
        }
        if (advance >= 0) {
            BigDecimal total = lastOf(rows.subList(0, end), SummaryKind.SUBTOTAL);
            if (total != null) {
                return total;
            }
        }
        for (SummaryKind kind : List.of(SummaryKind.PAYABLE, SummaryKind.BALANCE, SummaryKind.SUBTOTAL)) {
            BigDecimal last = lastOf(rows, kind);
            if (last != null) {
                return last;
            }
        }
        return null;
    }

    private static int firstIndex(List<SummaryRow> rows, SummaryKind kind) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    private static BigDecimal lastOf(List<SummaryRow> rows, SummaryKind kind) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).kind() == kind) {
                return Money.scaled(rows.get(i).amount());
            }
        }
        return null;
    }
}

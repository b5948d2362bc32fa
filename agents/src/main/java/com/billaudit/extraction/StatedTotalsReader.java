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

    /**
     * @param itemCount how many charge rows the bill has: a total printed above some of them is a
     *                  section's (a day's, a department's) and not the bill's
     */
    static StatedTotals read(List<SummaryRow> rows, int itemCount) {
        List<SummaryRow> billRows = rows.stream()
                .filter(r -> r.kind() != SummaryKind.SECTION_TOTAL && r.kind() != SummaryKind.CARRIED)
                .filter(r -> r.itemsAbove() >= itemCount || r.kind() != SummaryKind.SUBTOTAL)
                .toList();
        if (billRows.stream().noneMatch(r -> r.kind() == SummaryKind.SUBTOTAL || r.kind() == SummaryKind.PAYABLE
                || r.kind() == SummaryKind.BALANCE)) {
            billRows = promoteLastSectionTotal(rows, itemCount, billRows);
        }
        if (billRows.isEmpty()) {
            return StatedTotals.NONE;
        }
        return new StatedTotals(subtotal(billRows), discount(billRows), tax(billRows), payable(billRows));
    }

    /** A bill whose only total names a section ("Total Services") is totalled by it, if it stands under every charge. */
    private static List<SummaryRow> promoteLastSectionTotal(List<SummaryRow> rows, int itemCount, List<SummaryRow> billRows) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            SummaryRow r = rows.get(i);
            if (r.kind() == SummaryKind.SECTION_TOTAL && r.itemsAbove() >= itemCount) {
                List<SummaryRow> promoted = new java.util.ArrayList<>(billRows);
                promoted.add(new SummaryRow(SummaryKind.SUBTOTAL, r.label(), r.amount(), r.itemsAbove(), r.bill()));
                return promoted;
            }
        }
        return billRows;
    }

    private static BigDecimal subtotal(List<SummaryRow> rows) {
        return rows.stream().filter(r -> r.kind() == SummaryKind.SUBTOTAL).map(SummaryRow::amount)
                .max(BigDecimal::compareTo).map(Money::scaled).orElse(null);
    }

    private static BigDecimal sum(List<SummaryRow> rows, SummaryKind kind) {
        List<BigDecimal> amounts = rows.stream().filter(r -> r.kind() == kind).map(SummaryRow::amount).toList();
        return amounts.isEmpty() ? null : Money.scaled(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** All discount rows together, unless the last is the total of those above it ("Discount 300", "Total Discount 300"). */
    private static BigDecimal discount(List<SummaryRow> rows) {
        List<BigDecimal> amounts = rows.stream().filter(r -> r.kind() == SummaryKind.DISCOUNT).map(SummaryRow::amount).toList();
        if (amounts.size() >= 2) {
            BigDecimal above = amounts.subList(0, amounts.size() - 1).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (above.subtract(amounts.getLast()).abs().compareTo(new BigDecimal("0.02")) <= 0) {
                return Money.scaled(above);
            }
        }
        return sum(rows, SummaryKind.DISCOUNT);
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
            // a discount printed after the amount asked for was not taken off it: that amount is the gross
            return discountedAfter(rows, lastIndex(rows.subList(0, end), SummaryKind.PAYABLE)) ? null : beforeAdvance;
        }
        if (advance >= 0) {
            BigDecimal total = lastOf(rows.subList(0, end), SummaryKind.SUBTOTAL);
            if (total != null) {
                return total;
            }
        }
        for (SummaryKind kind : List.of(SummaryKind.PAYABLE, SummaryKind.BALANCE)) {
            BigDecimal last = lastOf(rows, kind);
            if (last != null) {
                return last;
            }
        }
        int gross = lastIndex(rows, SummaryKind.SUBTOTAL);
        return gross < 0 || adjustedAfter(rows, gross) ? null : Money.scaled(rows.get(gross).amount());
    }

    /**
     * Whether a discount or tax row follows row {@code index}: a gross total printed above them is
     * not what the bill asks to be paid (the amount payable after them is missing or unreadable).
     */
    private static boolean adjustedAfter(List<SummaryRow> rows, int index) {
        return rows.subList(index + 1, rows.size()).stream()
                .anyMatch(r -> r.kind() == SummaryKind.DISCOUNT || r.kind() == SummaryKind.TAX);
    }

    private static boolean discountedAfter(List<SummaryRow> rows, int index) {
        return rows.subList(index + 1, rows.size()).stream().anyMatch(r -> r.kind() == SummaryKind.DISCOUNT);
    }

    private static int lastIndex(List<SummaryRow> rows, SummaryKind kind) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
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
        int i = lastIndex(rows, kind);
        return i < 0 ? null : Money.scaled(rows.get(i).amount());
    }
}

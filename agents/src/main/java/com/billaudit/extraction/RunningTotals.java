package com.billaudit.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Totals printed under a table with a label the summary words do not know ("Service Amount ....
 * 2,209,763.00" under sixteen service groups, then the same figure again "After Discount"). Such a
 * line reads like a charge with an amount and nothing else; the arithmetic tells it apart: the
 * charges above it add up to its amount, to the paisa or rounded to the rupee. A charge that
 * happens to equal the sum of every charge before it is not what bills print, so the line is the
 * table's total, and so is a line after it restating the same figure. Neither is a charge.
 */
final class RunningTotals {

    /** Fewer charges above a line than this prove nothing: two small rows add up to a third by chance. */
    private static final int MIN_ROWS = 3;
    /** A total rounded to the rupee stands this far at most from what its rows add up to. */
    private static final BigDecimal ROUNDING = new BigDecimal("0.50");

    private RunningTotals() {
    }

    /** Replaces each unlabelled total among {@code entries} by a break. */
    static void take(List<TableEntry> entries) {
        Map<Integer, BigDecimal> sums = new HashMap<>();
        Map<Integer, Integer> rows = new HashMap<>();
        Map<Integer, BigDecimal> totals = new HashMap<>();
        List<Integer> found = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            if (!(entries.get(k) instanceof TableEntry.Charge(DraftItem item))) {
                continue;
            }
            BigDecimal amount = item.charge.amount();
            BigDecimal sum = sums.getOrDefault(item.bill, BigDecimal.ZERO);
            boolean total = HeadingTotals.amountOnly(item) && (rows.getOrDefault(item.bill, 0) >= MIN_ROWS && addsUpTo(sum, amount)
                    || amount.compareTo(totals.getOrDefault(item.bill, BigDecimal.ZERO)) == 0);
            if (total) {
                found.add(k);
                totals.put(item.bill, amount);
            } else {
                sums.put(item.bill, sum.add(amount));
                rows.merge(item.bill, 1, Integer::sum);
            }
        }
        for (int at : found) {
            entries.set(at, new TableEntry.Break());
        }
    }

    private static boolean addsUpTo(BigDecimal sum, BigDecimal amount) {
        if (sum.compareTo(amount) == 0) {
            return true;
        }
        boolean wholeRupees = amount.stripTrailingZeros().scale() <= 0;
        return wholeRupees && sum.subtract(amount).abs().compareTo(ROUNDING) < 0;
    }
}

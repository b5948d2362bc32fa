package com.billaudit.extraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Which of a headerless row's trailing figures are its cells, as the row's own arithmetic
 * confirms. Without a header to place the columns, the reading in which one figure times the
 * next is the last (the amount) is the printed one; a small cell between the rate and the amount
 * (a discount or tax column, most often 0) is such a column when the amount is quantity × rate
 * less or plus it. Figures left of the first cell are not cells: they stay in the description.
 */
final class RowArithmetic {

    /** The most figures a row's end may hold as cells: quantity, rate, discount or tax, amount. */
    static final int MOST_CELLS = 4;

    private RowArithmetic() {
    }

    /**
     * A confirmed reading of a row's trailing figures.
     *
     * @param first  the index of the first figure that is a cell (quantity or rate)
     * @param extra  whether a discount or tax cell stands between the rate and the amount
     */
    record Reading(int first, boolean extra) {
        int cells() {
            return extra ? 4 : 3;
        }
    }

    /**
     * The reading of {@code figures} (left to right, the amount last) that the row's arithmetic
     * confirms: quantity and rate just before the amount, else with one small cell between them
     * and the amount. Empty when neither agrees.
     */
    static Optional<Reading> confirmed(List<PrintedNumber> figures) {
        int n = figures.size();
        if (n < 3) {
            return Optional.empty();
        }
        BigDecimal amount = figures.get(n - 1).value();
        if (amount.signum() <= 0) {
            return Optional.empty();
        }
        if (multiplies(figures.get(n - 3), figures.get(n - 2), amount)) {
            return Optional.of(new Reading(n - 3, false));
        }
        if (n >= 4) {
            BigDecimal between = figures.get(n - 2).value();
            boolean small = between.signum() >= 0 && between.compareTo(amount) < 0;
            PrintedNumber a = figures.get(n - 4);
            PrintedNumber b = figures.get(n - 3);
            if (small && (multiplies(a, b, amount) || multiplies(a, b, amount.add(between))
                    || multiplies(a, b, amount.subtract(between)))) {
                return Optional.of(new Reading(n - 4, true));
            }
        }
        return Optional.empty();
    }

    /**
     * Marks the headerless rows whose columns the table itself establishes: when most of a
     * table's headerless rows (three or more) confirm quantity, rate and amount as their last three
     * figures, a row of three figures that disagrees is read the same way, and its disagreement is
     * the bill's, not the reading's. A table whose rows carry an extra cell establishes nothing for
     * a row read without it.
     */
    static void settle(List<DraftItem> drafts) {
        List<DraftItem> headerless = drafts.stream()
                .filter(d -> d.cells.numbers().isEmpty() && d.cells.unplaced().size() >= 3).toList();
        long plain = headerless.stream().filter(d -> d.cells.unplaced().size() == 3 && confirmed(d.cells.unplaced()).isPresent()).count();
        boolean extraCells = headerless.stream().anyMatch(d -> d.cells.unplaced().size() > 3);
        if (extraCells || plain < 3 || plain * 3 < headerless.size() * 2L) {
            return;
        }
        headerless.forEach(d -> d.columnsEstablished = true);
    }

    private static boolean multiplies(PrintedNumber a, PrintedNumber b, BigDecimal product) {
        return product.signum() > 0 && ChargeReading.agrees(a.value(), b.value(), product);
    }
}

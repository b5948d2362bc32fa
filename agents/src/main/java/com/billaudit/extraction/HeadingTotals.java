package com.billaudit.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Section headings that carry their section's total on their own line ("Consultation ....
 * 1,950.00" over its four charges, "Room Charges .... 4,850.00" over the next four). Such a line
 * reads like a charge with an amount and nothing else; the arithmetic tells it apart: the charges
 * under it, down to the next line of its kind, add up to its amount exactly. It is then no charge:
 * its words are the section of the rows under it.
 */
final class HeadingTotals {

    /** Fewer charges under a line than this prove nothing: one row equal to a line above it is a coincidence. */
    private static final int MIN_ROWS = 2;

    private HeadingTotals() {
    }

    /** Replaces each heading-with-total among {@code entries} by a break and files the rows under it in its section. */
    static void take(List<TableEntry> entries) {
        List<Integer> amountOnly = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            if (entries.get(k) instanceof TableEntry.Charge(DraftItem item) && amountOnly(item)) {
                amountOnly.add(k);
            }
        }
        List<Integer> headings = new ArrayList<>();
        for (int h = 0; h < amountOnly.size(); h++) {
            int at = amountOnly.get(h);
            int end = h + 1 < amountOnly.size() ? amountOnly.get(h + 1) : entries.size();
            DraftItem heading = ((TableEntry.Charge) entries.get(at)).draft();
            List<DraftItem> under = new ArrayList<>();
            for (int k = at + 1; k < end; k++) {
                if (entries.get(k) instanceof TableEntry.Charge(DraftItem item) && item.bill == heading.bill) {
                    under.add(item);
                }
            }
            BigDecimal sum = under.stream().map(i -> i.charge.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (under.size() >= MIN_ROWS && sum.compareTo(heading.charge.amount()) == 0) {
                String section = heading.description();
                under.forEach(item -> item.section = section);
                headings.add(at);
            }
        }
        for (int at : headings) {
            entries.set(at, new TableEntry.Break());
        }
    }

    /** A line with one figure, no quantity or rate beside its amount. */
    static boolean amountOnly(DraftItem item) {
        return item.cells.numbers().size() + item.cells.unplaced().size() == 1 && item.charge.amount().signum() > 0;
    }
}

package com.billaudit.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Section headings that carry their section's total on their own line ("Consultation ....
 * 1,950.00" over its four charges, "Room Charges .... 4,850.00" over the next four). Such a line
 * reads like a charge with an amount and nothing else; the arithmetic tells it apart: the charges
 * under it, down to the next line of its kind, add up to its amount exactly. It is then no charge:
 * its words are the section of the rows under it, its date theirs when they print none. A line
 * printing one unit at its amount ("IPD CONSUMABLE CHARGES  1  267.22  267.22" over the drugs it
 * consists of, each with its own quantity and amount) is such a line too when the rows under it
 * add up to it.
 */
final class HeadingTotals {

    /** Fewer charges under a line than this prove nothing: one row equal to a line above it is a coincidence. */
    private static final int MIN_ROWS = 2;

    private HeadingTotals() {
    }

    /** Replaces each heading-with-total among {@code entries} by a break and files the rows under it in its section. */
    static void take(List<TableEntry> entries) {
        for (Predicate<DraftItem> shaped : List.<Predicate<DraftItem>>of(HeadingTotals::amountOnly, HeadingTotals::oneUnitAtItsAmount)) {
            for (int at : headings(entries, shaped)) {
                entries.set(at, new TableEntry.Break());
            }
        }
    }

    /**
     * The lines of one kind ({@code shaped}) that head the rows under them down to the next line of
     * that kind; the rows under such a heading are filed in its section.
     */
    private static List<Integer> headings(List<TableEntry> entries, Predicate<DraftItem> shaped) {
        List<Integer> shapedLines = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            if (entries.get(k) instanceof TableEntry.Charge(DraftItem item) && shaped.test(item)) {
                shapedLines.add(k);
            }
        }
        List<Integer> headings = new ArrayList<>();
        for (int h = 0; h < shapedLines.size(); h++) {
            int at = shapedLines.get(h);
            int end = h + 1 < shapedLines.size() ? shapedLines.get(h + 1) : entries.size();
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
                under.stream().filter(item -> item.date == null).forEach(item -> {
                    item.date = heading.date;
                    item.dateInferred = heading.dateInferred;
                });
                headings.add(at);
            }
        }
        return headings;
    }

    /** A line printing a rate equal to its amount, and no quantity but one: "1  267.22  267.22". */
    private static boolean oneUnitAtItsAmount(DraftItem item) {
        PrintedNumber rate = item.cells.numbers().get(ColumnRole.RATE);
        PrintedNumber amount = item.cells.numbers().get(ColumnRole.AMOUNT);
        PrintedNumber quantity = item.cells.numbers().get(ColumnRole.QUANTITY);
        return rate != null && amount != null && rate.value().compareTo(amount.value()) == 0 && amount.value().signum() > 0
                && (quantity == null || quantity.value().compareTo(BigDecimal.ONE) == 0);
    }

    /** A line with one figure, no quantity or rate beside its amount. */
    static boolean amountOnly(DraftItem item) {
        return item.cells.numbers().size() + item.cells.unplaced().size() == 1 && item.charge.amount().signum() > 0;
    }
}

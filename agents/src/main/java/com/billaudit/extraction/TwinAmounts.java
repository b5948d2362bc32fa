package com.billaudit.extraction;

import com.billaudit.domain.Money;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table that prints each row's amount twice ("Gross  Net" with no discount given, "Amount  Net
 * Amount"): a numeric column beside the amount that equals it on every row OCR read cleanly is a
 * second printing of it, read by OCR on its own. Where one of the two readings is garbled (no
 * decimal point, a repaired digit) and the other is clean, the clean one is the row's amount;
 * where the two disagree or one cannot be read, nothing independent says which is printed, and the
 * row stays as read and in doubt. Decided per page, as a page prints one table.
 */
final class TwinAmounts {

    /** How many rows, read cleanly in both columns, a page needs before its columns count as twins. */
    private static final int AGREEING_ROWS = 3;
    /** At most one clean row in this many may differ between the two printings. */
    private static final int DIFFERING_SHARE = 5;

    private TwinAmounts() {
    }

    static void settle(List<DraftItem> items) {
        DraftItem.byPage(items.stream().filter(item -> item.ocr).toList()).forEach(TwinAmounts::settlePage);
    }

    private static void settlePage(List<DraftItem> rows) {
        Map<DraftItem, PrintedNumber> twins = new HashMap<>();
        int agreeing = 0;
        int differing = 0;
        for (DraftItem row : rows) {
            PrintedNumber twin = row.cells.numbers().get(ColumnRole.OTHER_NUMBER);
            PrintedNumber amount = row.cells.numbers().get(ColumnRole.AMOUNT);
            if (amount == null || !row.cells.numbers().containsKey(ColumnRole.QUANTITY) || row.cells.numbers().containsKey(ColumnRole.RATE)) {
                // only a row of quantity and amount: with a rate printed, the other column may be anything
                continue;
            }
            if (twin != null) {
                twins.put(row, twin);
            }
            if (twin != null && clean(twin) && clean(amount)) {
                if (twin.value().compareTo(amount.value()) == 0) {
                    agreeing++;
                } else {
                    differing++;
                }
            }
        }
        // a column that differs from the amount on clean rows is a figure of its own (a gross before
        // discount); a rare clean row that differs is OCR dropping or changing a digit in one printing
        if (agreeing < AGREEING_ROWS || differing * DIFFERING_SHARE > agreeing) {
            return;
        }
        for (DraftItem row : rows) {
            PrintedNumber amount = row.cells.numbers().get(ColumnRole.AMOUNT);
            if (amount == null || row.cells.numbers().containsKey(ColumnRole.RATE)) {
                continue;
            }
            PrintedNumber twin = twins.get(row);
            if (twin == null ? clean(amount) : clean(twin) && clean(amount) && twin.value().compareTo(amount.value()) == 0) {
                // the printings agree, or the one read is clean
                continue;
            }
            if (twin != null && clean(twin) && !clean(amount)) {
                // "272.82" over "89": the clean printing is the amount
                Optional<Charge> reread = ChargeReading.read(row.cells.withAmount(new PrintedNumber(Money.scaled(twin.value()), true, false), null), false);
                if (reread.isPresent()) {
                    row.charge = reread.get();
                    continue;
                }
            }
            // the two printings disagree, or one is unreadable: neither is confirmed
            row.readingsDisagree = true;
        }
    }

    /** A figure OCR read as money is printed: two decimals, nothing repaired. */
    private static boolean clean(PrintedNumber n) {
        return n.decimal() && !n.repaired() && n.value().scale() == 2 && n.value().signum() > 0;
    }

}

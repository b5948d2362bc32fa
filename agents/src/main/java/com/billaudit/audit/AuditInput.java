package com.billaudit.audit;

import com.billaudit.domain.LineItem;
import com.billaudit.domain.PrintedBill;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.StatedTotals;

import java.util.List;

/**
 * What every audit rule reads: the upload's lines (matched or not), its stated totals, the bills
 * it holds (each line names its bill) and the rulebook.
 *
 * @param stated the summary rows of the upload as a whole (the single bill's, or the bills' together)
 * @param bills  the printed bills; when the reading names none, the whole upload is one bill with {@code stated}
 */
public record AuditInput(List<LineItem> items, StatedTotals stated, List<PrintedBill> bills, Rulebook rulebook,
                         AuditSettings settings) {
    public AuditInput {
        items = List.copyOf(items);
        stated = stated == null ? StatedTotals.NONE : stated;
        bills = bills == null ? List.of() : List.copyOf(bills);
    }

    /** The upload read as one bill. */
    public AuditInput(List<LineItem> items, StatedTotals stated, Rulebook rulebook, AuditSettings settings) {
        this(items, stated, List.of(), rulebook, settings);
    }

    /** The same bills with other lines (matched to the tariff, say). */
    public AuditInput withItems(List<LineItem> newItems) {
        return new AuditInput(newItems, stated, bills, rulebook, settings);
    }

    /** Each bill with its own lines. */
    public List<BillSums> perBill() {
        return BillSums.of(items, bills, stated);
    }
}

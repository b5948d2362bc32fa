package com.billaudit.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A document read as a bill: what extraction found in it.
 *
 * @param type     what kind of document it is
 * @param billDate the bill's own date, or null
 * @param items    chargeable rows in document order (empty for a non-bill)
 * @param stated   the summary rows printed on it
 */
public record Bill(DocumentType type, LocalDate billDate, List<LineItem> items, StatedTotals stated) {
    public Bill {
        items = List.copyOf(items);
    }

    public static Bill notABill() {
        return new Bill(DocumentType.NOT_A_BILL, null, List.of(), StatedTotals.NONE);
    }
}

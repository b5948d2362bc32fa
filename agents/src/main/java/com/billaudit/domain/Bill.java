package com.billaudit.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A document read as bills: what extraction found in it.
 *
 * @param type     what kind of document it is
 * @param billDate the (first) bill's own date, or null
 * @param items    chargeable rows in document order (empty for a non-bill), each naming its bill
 * @param stated   the summary rows printed on it: the single bill's, or the bills' together
 * @param bills    the bills found in the upload, at least one for a bill
 * @param currency the document's currency (ISO 4217) as read from it, or null when it shows none
 * @param locale   how numbers and dates were read (e.g. {@code en-IN}), or null when unknown
 * @param review   why the reading needs a person, if it does
 */
public record Bill(DocumentType type, LocalDate billDate, List<LineItem> items, StatedTotals stated,
                   List<PrintedBill> bills, String currency, String locale, Review review) {
    public Bill {
        items = List.copyOf(items);
        bills = List.copyOf(bills);
        review = review == null ? Review.NONE : review;
    }

    /** One bill, read without locale or currency evidence and with nothing to review. */
    public Bill(DocumentType type, LocalDate billDate, List<LineItem> items, StatedTotals stated) {
        this(type, billDate, items, stated, List.of(PrintedBill.whole(pages(items), billDate, stated)), null, null,
                Review.NONE);
    }

    public static Bill notABill() {
        return new Bill(DocumentType.NOT_A_BILL, null, List.of(), StatedTotals.NONE, List.of(), null, null, Review.NONE);
    }

    /** The same reading with other line items (matched, mended or chosen among readings). */
    public Bill withItems(List<LineItem> newItems) {
        return new Bill(type, billDate, newItems, stated, bills, currency, locale, review);
    }

    /** The same reading with the locale its figures were read in and what a person should check. */
    public Bill withReading(String newCurrency, String newLocale, Review more) {
        return new Bill(type, billDate, items, stated, bills, newCurrency, newLocale, review.and(more));
    }

    private static List<Integer> pages(List<LineItem> items) {
        return items.stream().map(LineItem::page).distinct().sorted().toList();
    }
}

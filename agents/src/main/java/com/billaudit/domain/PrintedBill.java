package com.billaudit.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One bill found inside an upload (a cash memo per page, two slips in one photo, an invoice
 * bundled with pharmacy bills), as printed. Line items point at it by {@link #index}.
 *
 * @param index  1-based, in document order
 * @param pages  the 1-based pages it is printed on
 * @param number its bill or invoice number, or null
 * @param date   its own date, or null
 * @param seller who issued it (hospital, pharmacy), or null
 * @param stated its summary rows
 */
public record PrintedBill(int index, List<Integer> pages, String number, LocalDate date, String seller,
                          StatedTotals stated) {
    public PrintedBill {
        pages = List.copyOf(pages);
    }

    /** The whole upload read as one bill. */
    public static PrintedBill whole(List<Integer> pages, LocalDate date, StatedTotals stated) {
        return new PrintedBill(1, pages, null, date, null, stated);
    }
}

package com.billaudit.extraction;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One table line split into what its columns hold.
 *
 * @param serial              the S.No printed at its start, or null
 * @param date                the service date printed on it, or null
 * @param time                the time of day printed beside that date, or beside the date a garbled date cell holds; or null
 * @param partialDate         a date cut short by a narrow column ("07-Sep-"), its year on the next line; or null
 * @param dateScraps          what stands under the date column when OCR garbled it ("oF Apr"), or null
 * @param dateCell            every word of a row's date cell that did not read as a date, time included
 *                            ("22/4 1RG25 23-26"), when its pieces are shaped like a date's ({@link DateCell}); or null
 * @param otherDate           a date printed further right that is not the row's: one standing under an expiry column,
 *                            or any when the row has a date cell of its own; or null. A line holding it opens a row all the same
 * @param description         the words of the description column
 * @param numbers             numbers read under named columns (with a header)
 * @param unplaced            numbers at the end of the line, left to right, when no header says which is which
 * @param unreadableQuantity  the quantity cell holds something OCR could not read as a number
 * @param coded               a service code is printed before the description
 * @param code                the service or product code printed on the row, when it reads cleanly; or null
 */
record RowCells(Integer serial, LocalDate date, LocalTime time, String partialDate, String dateScraps, String dateCell, LocalDate otherDate, List<Token> description,
                Map<ColumnRole, PrintedNumber> numbers, List<PrintedNumber> unplaced, boolean unreadableQuantity,
                boolean coded, String code) {

    RowCells {
        description = List.copyOf(description);
        numbers = Map.copyOf(numbers);
        unplaced = List.copyOf(unplaced);
    }

    String descriptionText() {
        return String.join(" ", description.stream().map(Token::text).toList());
    }

    boolean hasNumbers() {
        return !numbers.isEmpty() || !unplaced.isEmpty();
    }

    /**
     * The same row read with {@code amount} as its amount, and without the figure of {@code dropped}
     * (null: none), when the page shows which of its figures the charge is.
     */
    RowCells withAmount(PrintedNumber amount, ColumnRole dropped) {
        Map<ColumnRole, PrintedNumber> read = new HashMap<>(numbers);
        read.put(ColumnRole.AMOUNT, amount);
        if (dropped != null) {
            read.remove(dropped);
        }
        return new RowCells(serial, date, time, partialDate, dateScraps, dateCell, otherDate, description, read, unplaced,
                unreadableQuantity, coded, code);
    }

    /** Whether the line opens a new row: it starts with a serial number, a date or a code. */
    boolean opensRow() {
        return serial != null || date != null || otherDate != null || partialDate != null || coded;
    }
}

package com.billaudit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One chargeable row of a bill.
 *
 * @param index       1-based position in document order
 * @param description the row's description as printed (matching normalises its own copy)
 * @param date        service date printed on the row, or null
 * @param time        the time of day printed beside the row's date ("19:39": a ledger's order or dispensing
 *                    time), or null; internal to the audit, no part of the API's line item
 * @param quantity    billed quantity (may be fractional)
 * @param unitPrice   billed price per unit, scale 2, or null when the row prints none
 * @param amount      billed row amount as printed, scale 2
 * @param page        1-based page the row is on
 * @param confidence  how sure extraction is of this row, 0..1
 * @param match       the tariff row it was matched to, or null (set by the audit)
 * @param code        the service or product code printed on the row, or null
 * @param section     the heading the row stands under ("PATHOLOGY"), or null
 * @param bill        which bill of the upload the row belongs to, 1-based
 * @param uncertain   a printed figure or word could not be read with confidence and nothing
 *                    independent (a re-read, the bill's own totals) confirmed it
 * @param dateInferred the date was not read as printed on the row but inferred: a garbled date cell read
 *                    as the day the rows around it allow, a clean one read again to keep their order, or
 *                    the date of such a row carried onto it; internal to the audit (a day the neighbours
 *                    chose is no evidence that the row shares their day), no part of the API's line item
 */
public record LineItem(int index, String description, LocalDate date, LocalTime time, BigDecimal quantity,
                       BigDecimal unitPrice, BigDecimal amount, Category category, int page,
                       double confidence, TariffMatch match, String code, String section, int bill,
                       boolean uncertain, boolean dateInferred) {

    public LineItem {
        bill = Math.max(1, bill);
        dateInferred = dateInferred && date != null;
    }

    /** A row of the first bill with no printed code or section, read with confidence. */
    public LineItem(int index, String description, LocalDate date, BigDecimal quantity, BigDecimal unitPrice,
                    BigDecimal amount, Category category, int page, double confidence, TariffMatch match) {
        this(index, description, date, quantity, unitPrice, amount, category, page, confidence, match,
                null, null, 1, false);
    }

    /** A row that prints no time of day. */
    public LineItem(int index, String description, LocalDate date, BigDecimal quantity, BigDecimal unitPrice,
                    BigDecimal amount, Category category, int page, double confidence, TariffMatch match, String code,
                    String section, int bill, boolean uncertain) {
        this(index, description, date, null, quantity, unitPrice, amount, category, page, confidence, match,
                code, section, bill, uncertain, false);
    }

    public LineItem withMatch(TariffMatch newMatch) {
        return new LineItem(index, description, date, time, quantity, unitPrice, amount, category, page, confidence, newMatch,
                code, section, bill, uncertain, dateInferred);
    }

    public LineItem withCategory(Category newCategory) {
        return new LineItem(index, description, date, time, quantity, unitPrice, amount, newCategory, page, confidence, match,
                code, section, bill, uncertain, dateInferred);
    }

    public LineItem withDescription(String newDescription, double newConfidence) {
        return new LineItem(index, newDescription, date, time, quantity, unitPrice, amount, category, page, newConfidence, match,
                code, section, bill, uncertain, dateInferred);
    }

    public LineItem withIndex(int newIndex) {
        return new LineItem(newIndex, description, date, time, quantity, unitPrice, amount, category, page, confidence, match,
                code, section, bill, uncertain, dateInferred);
    }

    /** Where the row sits in the upload: its printed code, its section and its bill. */
    public LineItem placed(String newCode, String newSection, int newBill) {
        return new LineItem(index, description, date, time, quantity, unitPrice, amount, category, page, confidence, match,
                newCode, newSection, newBill, uncertain, dateInferred);
    }

    /** The row with the time of day printed beside its date. */
    public LineItem withTime(LocalTime newTime) {
        return new LineItem(index, description, date, newTime, quantity, unitPrice, amount, category, page, confidence,
                match, code, section, bill, uncertain, dateInferred);
    }

    public LineItem withUncertain(boolean newUncertain) {
        return new LineItem(index, description, date, time, quantity, unitPrice, amount, category, page, confidence, match,
                code, section, bill, newUncertain, dateInferred);
    }

    /** The row with its date marked as inferred from the rows around it rather than read as printed. */
    public LineItem withDateInferred(boolean newDateInferred) {
        return new LineItem(index, description, date, time, quantity, unitPrice, amount, category, page, confidence, match,
                code, section, bill, uncertain, newDateInferred);
    }
}

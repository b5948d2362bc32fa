package com.billaudit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One chargeable row of a bill.
 *
 * @param index       1-based position in document order
 * @param date        service date printed on the row, or null
 * @param quantity    billed quantity (may be fractional)
 * @param unitPrice   billed price per unit, scale 2
 * @param amount      billed row amount as printed, scale 2
 * @param page        1-based page the row is on
 * @param confidence  how sure extraction is of this row, 0..1
 * @param match       the tariff row it was matched to, or null (set by the audit)
 */
public record LineItem(int index, String description, LocalDate date, BigDecimal quantity,
                       BigDecimal unitPrice, BigDecimal amount, Category category, int page,
                       double confidence, TariffMatch match) {

    public LineItem withMatch(TariffMatch newMatch) {
        return new LineItem(index, description, date, quantity, unitPrice, amount, category, page, confidence, newMatch);
    }

    public LineItem withCategory(Category newCategory) {
        return new LineItem(index, description, date, quantity, unitPrice, amount, newCategory, page, confidence, match);
    }

    public LineItem withDescription(String newDescription, double newConfidence) {
        return new LineItem(index, newDescription, date, quantity, unitPrice, amount, category, page, newConfidence, match);
    }

    public LineItem withIndex(int newIndex) {
        return new LineItem(newIndex, description, date, quantity, unitPrice, amount, category, page, confidence, match);
    }
}

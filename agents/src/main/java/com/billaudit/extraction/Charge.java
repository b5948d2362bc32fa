package com.billaudit.extraction;

import java.math.BigDecimal;

/**
 * The quantity, unit price and amount of a charge row.
 *
 * @param certainty  1 when every value was printed and read cleanly, lower for values worked out or repaired
 * @param consistent    whether quantity × unit price equals the amount
 * @param printedAmount the amount as the row printed it, before any OCR second reading
 */
record Charge(BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, double certainty, boolean consistent,
              BigDecimal printedAmount) {

    Charge(BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, double certainty, boolean consistent) {
        this(quantity, unitPrice, amount, certainty, consistent, amount);
    }

    /** The same charge with the amount read again; the amount as printed is remembered. */
    Charge reread(BigDecimal newQuantity, BigDecimal newUnitPrice, BigDecimal newAmount, double newCertainty) {
        return new Charge(newQuantity, newUnitPrice, newAmount, newCertainty, true, printedAmount);
    }

    /** The charge with the amount back as printed (and the disagreement it carries). */
    Charge asPrinted(boolean printedAgrees) {
        return new Charge(quantity, unitPrice, printedAmount, certainty, printedAgrees, printedAmount);
    }

    boolean amountReread() {
        return printedAmount.compareTo(amount) != 0;
    }
}

package com.billaudit.extraction;

import com.billaudit.domain.Money;
import com.billaudit.domain.StatedTotals;

import java.math.BigDecimal;
import java.util.List;

/**
 * Uses the bill's own sum to settle one OCR misread amount: when the rows do not add up to the
 * printed gross, and exactly one OCR'd row whose amount disagrees with its quantity × rate
 * would close the gap by taking that product, the product is the amount the page printed. A row
 * from a text layer is never changed: there a disagreement is the bill's own.
 */
final class SumReconciler {

    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final double REPAIRED = 0.6;
    /** Digit pairs (smaller first) a scan confuses: 0 with 6, 8 and 9, 5 with 6 and 9, 3 with 8, 1 and 2 with 7, 4 with 9. */
    private static final java.util.Set<String> LOOKALIKES = OcrConfusions.digitPairs("total");
    /** The digits OCR reads a rupee sign as. */
    private static final String RUPEE_SIGN_DIGITS = String.join("", OcrConfusions.digitPairs("rupee-sign"));

    private SumReconciler() {
    }

    /**
     * A scanned total whose first digit is the rupee sign OCR read as one ("₹19,209" as "219,209"):
     * without that digit it agrees with the rows, so that is what the page printed.
     */
    static StatedTotals settleRupeeSigns(List<DraftItem> items, StatedTotals stated) {
        if (items.isEmpty() || items.stream().noneMatch(i -> i.ocr)) {
            return stated;
        }
        BigDecimal sum = items.stream().map(i -> i.charge.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal discount = stated.discount() == null ? BigDecimal.ZERO : stated.discount();
        BigDecimal tax = stated.tax() == null ? BigDecimal.ZERO : stated.tax();
        return new StatedTotals(withoutRupeeSign(stated.subtotal(), sum), stated.discount(), stated.tax(),
                withoutRupeeSign(stated.statedTotal(), sum.subtract(discount).add(tax)), stated.taxIncluded(), stated.roundOff());
    }

    private static BigDecimal withoutRupeeSign(BigDecimal printed, BigDecimal expected) {
        if (printed == null || printed.subtract(expected).abs().compareTo(BigDecimal.ONE) <= 0) {
            return printed;
        }
        if (RUPEE_SIGN_DIGITS.indexOf(printed.toPlainString().charAt(0)) < 0) {
            return printed;
        }
        return OcrRepairs.withoutLeadingDigit(printed)
                .filter(rest -> rest.subtract(expected).abs().compareTo(BigDecimal.ONE) <= 0)
                .map(Money::scaled).orElse(printed);
    }

    static void reconcile(List<DraftItem> items, StatedTotals stated) {
        BigDecimal gross = expectedGross(stated);
        if (gross == null || items.isEmpty()) {
            return;
        }
        keepPrintedAmountsThatAddUp(items, gross);
        BigDecimal sum = items.stream().map(i -> i.charge.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal gap = sum.subtract(gross);
        if (gap.abs().compareTo(CENT) < 0) {
            return;
        }
        List<DraftItem> closing = items.stream()
                .filter(i -> i.ocr && !i.charge.consistent())
                .filter(i -> i.charge.amount().subtract(product(i.charge)).subtract(gap).abs().compareTo(CENT) < 0)
                .toList();
        if (closing.size() == 1) {
            DraftItem item = closing.getFirst();
            Charge c = item.charge;
            item.charge = c.reread(c.quantity(), c.unitPrice(), product(c), c.certainty() * REPAIRED);
            item.confidence *= REPAIRED;
        }
    }

    /**
     * When the amounts as printed add up to the bill's gross, a second reading that changed an
     * amount was wrong: "1 × 500 = 1,500" is then the bill's own arithmetic, not a misread.
     */
    private static void keepPrintedAmountsThatAddUp(List<DraftItem> items, BigDecimal gross) {
        BigDecimal printed = items.stream().map(i -> i.charge.printedAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (printed.subtract(gross).abs().compareTo(BigDecimal.ONE) > 0) {
            return;
        }
        for (DraftItem item : items) {
            if (item.charge.amountReread()) {
                Charge c = item.charge;
                item.charge = c.asPrinted(ChargeReading.agrees(c.quantity(), c.unitPrice(), c.printedAmount()));
            }
            if (item.ocr && !item.charge.consistent()) {
                settleMisreadRate(item);
            }
        }
    }

    /**
     * With its amount confirmed by the total, an OCR'd row whose rate differs from amount ÷
     * quantity by one digit a scan confuses (5900.00 for 5000.00) had its rate misread.
     */
    private static void settleMisreadRate(DraftItem item) {
        Charge c = item.charge;
        if (c.quantity().signum() <= 0) {
            return;
        }
        BigDecimal rate = c.amount().divide(c.quantity(), 2, java.math.RoundingMode.HALF_UP);
        if (ChargeReading.agrees(c.quantity(), rate, c.amount()) && OcrConfusions.oneDigitApart(c.unitPrice(), rate, LOOKALIKES)) {
            item.charge = c.reread(c.quantity(), rate, c.amount(), c.certainty() * REPAIRED);
            item.confidence *= REPAIRED;
        }
    }

    private static BigDecimal product(Charge c) {
        return Money.times(c.quantity(), c.unitPrice());
    }

    /**
     * What the charges should add up to: the printed gross and the final total with the discount
     * added back and the tax taken off, when the bill prints both they must agree (else it is
     * not clear which to trust, and nothing is changed).
     */
    /** Whether the bill's own printed totals confirm its rows: they add up to its gross within a rupee. */
    static boolean confirmed(List<DraftItem> items, StatedTotals stated) {
        BigDecimal gross = expectedGross(stated);
        if (gross == null || items.isEmpty()) {
            return false;
        }
        BigDecimal sum = items.stream().map(i -> i.charge.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal roundOff = stated.roundOff() == null ? BigDecimal.ZERO : stated.roundOff();
        return sum.subtract(gross).abs().compareTo(BigDecimal.ONE.add(roundOff.abs())) <= 0;
    }

    private static BigDecimal expectedGross(StatedTotals stated) {
        BigDecimal fromTotal = null;
        if (stated.statedTotal() != null) {
            BigDecimal discount = stated.discount() == null ? BigDecimal.ZERO : stated.discount();
            BigDecimal tax = stated.tax() == null ? BigDecimal.ZERO : stated.tax();
            fromTotal = stated.statedTotal().add(discount).subtract(tax);
        }
        if (stated.subtotal() == null) {
            return fromTotal;
        }
        if (fromTotal == null || stated.subtotal().subtract(fromTotal).abs().compareTo(BigDecimal.ONE) <= 0) {
            return stated.subtotal();
        }
        return null;
    }
}

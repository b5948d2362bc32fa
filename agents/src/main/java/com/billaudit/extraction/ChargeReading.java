package com.billaudit.extraction;

import com.billaudit.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Decides which number of a row is the quantity, the unit price and the amount. Printed values
 * are kept as printed even when they disagree (that disagreement is the audit's ARITHMETIC
 * finding); a value the row does not print is worked out from the others, never made up.
 */
final class ChargeReading {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");
    private static final BigDecimal LARGEST_QUANTITY = BigDecimal.valueOf(1000);

    private ChargeReading() {
    }

    static Optional<Charge> read(RowCells cells) {
        return read(cells, false);
    }

    /**
     * @param ocr whether the row was read by OCR: only then may a disagreeing row be read again
     *            as a common misreading that makes it agree (a text layer is taken as printed)
     */
    static Optional<Charge> read(RowCells cells, boolean ocr) {
        Optional<Charge> charge = readAsPrinted(cells);
        PrintedNumber amount = cells.numbers().get(ColumnRole.AMOUNT);
        PrintedNumber rate = cells.numbers().get(ColumnRole.RATE);
        if (signsPrinted(cells)) {
            rate = rate == null ? null : rate.asSigned();
            amount = amount == null ? null : amount.asSigned();
        }
        OcrRepairs.Signs signs = new OcrRepairs.Signs(rate != null && rate.signed(), amount != null && amount.signed());
        boolean amountLeadsWithLookalike = amount != null && amount.repaired() && !amount.signed();
        return ocr ? charge.map(c -> OcrRepairs.reconsider(c, printedWithPoint(cells, ColumnRole.RATE),
                printedWithPoint(cells, ColumnRole.AMOUNT), amountLeadsWithLookalike, signs)) : charge;
    }

    /** Whether one of the row's figures was read behind a currency sign read as a sign. */
    private static boolean signsPrinted(RowCells cells) {
        return cells.numbers().values().stream().anyMatch(PrintedNumber::signed);
    }

    /** Whether the cell under {@code role} was printed with a decimal point (then OCR did not lose it). */
    private static boolean printedWithPoint(RowCells cells, ColumnRole role) {
        PrintedNumber n = cells.numbers().get(role);
        return n != null && n.decimal();
    }

    private static Optional<Charge> readAsPrinted(RowCells cells) {
        if (!cells.numbers().isEmpty()) {
            return fromColumns(cells);
        }
        return cells.unplaced().isEmpty() ? Optional.empty() : Optional.of(fromUnplaced(cells.unplaced()));
    }

    private static Optional<Charge> fromColumns(RowCells cells) {
        PrintedNumber quantity = cells.numbers().get(ColumnRole.QUANTITY);
        PrintedNumber rate = cells.numbers().get(ColumnRole.RATE);
        PrintedNumber amount = cells.numbers().get(ColumnRole.AMOUNT);
        if (signsPrinted(cells)) {
            // the row prints a currency sign before its figures (one was read as a sign): a glyph
            // before another figure that may be a sign or a digit ("$570.00") is that sign
            rate = rate == null ? null : rate.asSigned();
            amount = amount == null ? null : amount.asSigned();
        }
        if (amount == null && rate == null) {
            return Optional.empty();
        }
        boolean quantityUnread = cells.unreadableQuantity();
        if (quantity != null && rate != null && amount != null && quantity.value().compareTo(LARGEST_QUANTITY) > 0) {
            // "4362630" under Qty: an expiry or batch OCR ran into the column, no count of anything;
            // the quantity is worked out from rate and amount as when it is blank
            quantity = null;
            quantityUnread = true;
        }
        double certainty = repairs(quantity, rate, amount);
        if (amount == null) {
            // the amount cell is blank: the row still charges quantity × rate
            BigDecimal q = quantity == null ? BigDecimal.ONE : quantity.value();
            return Optional.of(new Charge(q, Money.scaled(rate.value()), Money.times(q, rate.value()), certainty * 0.6, true));
        }
        if (rate == null) {
            BigDecimal q = quantity == null ? BigDecimal.ONE : quantity.value();
            return Optional.of(withoutRate(q, amount.value(), certainty * (quantity == null ? 1.0 : 0.9)));
        }
        if (quantity == null) {
            return Optional.of(withoutQuantity(rate.value(), amount.value(), certainty * (quantityUnread ? 0.8 : 1.0)));
        }
        PrintedNumber share = cells.numbers().get(ColumnRole.OTHER_NUMBER);
        if (share != null && sharedBetweenPayers(quantity.value(), rate.value(), amount.value(), share.value())) {
            // "Amount 0.00  Company 4,800.00": the charge is printed split between what the patient and the
            // payer pay; quantity × rate says the row charges the two together
            return Optional.of(charge(quantity.value(), rate.value(), amount.value().add(share.value()), certainty));
        }
        return Optional.of(charge(quantity.value(), rate.value(), amount.value(), certainty));
    }

    /** The amount alone is not quantity × rate, and the amount with the figure printed after it is. */
    private static boolean sharedBetweenPayers(BigDecimal quantity, BigDecimal rate, BigDecimal amount, BigDecimal share) {
        return share.signum() > 0 && amount.signum() >= 0 && !agrees(quantity, rate, amount)
                && agrees(quantity, rate, amount.add(share));
    }

    /** Numbers without a header: the bill's own arithmetic says which is which. */
    private static Charge fromUnplaced(List<PrintedNumber> numbers) {
        int n = numbers.size();
        PrintedNumber last = numbers.get(n - 1);
        if (n == 1) {
            return new Charge(BigDecimal.ONE, Money.scaled(last.value()), Money.scaled(last.value()), 0.9 * repairs(last), true);
        }
        if (n == 2) {
            PrintedNumber first = numbers.get(0);
            double certainty = 0.85 * repairs(first, last);
            if (isPlausibleQuantity(first) && first.value().compareTo(last.value()) != 0) {
                return withoutRate(first.value(), last.value(), certainty);
            }
            return withoutQuantity(first.value(), last.value(), certainty);
        }
        // "1.00  1,000.00  0  1,000.00": a discount or tax cell between rate and amount, as the arithmetic confirmed
        boolean extra = n > 3 && RowArithmetic.confirmed(numbers).filter(RowArithmetic.Reading::extra).isPresent();
        PrintedNumber a = numbers.get(extra ? n - 4 : n - 3);
        PrintedNumber b = numbers.get(extra ? n - 3 : n - 2);
        double certainty = 0.9 * repairs(a, b, last);
        // a quantity is printed as a whole number where prices carry paise; failing that, quantity comes first
        boolean aIsQuantity = isPlausibleQuantity(a)
                && (!isPlausibleQuantity(b) || a.looksWhole() || !b.looksWhole());
        // with a discount or tax of 0 the row agrees; with one that is not, quantity × rate is not the amount
        // printed, and the headerless line stays in doubt (DraftItem.doubtful) rather than an error of the bill
        return aIsQuantity || !isPlausibleQuantity(b)
                ? charge(a.value(), b.value(), last.value(), certainty)
                : charge(b.value(), a.value(), last.value(), certainty);
    }

    private static Charge charge(BigDecimal quantity, BigDecimal rate, BigDecimal amount, double certainty) {
        return new Charge(quantity, Money.scaled(rate), Money.scaled(amount), certainty, agrees(quantity, rate, amount));
    }

    /** Only quantity and amount printed: the unit price is the amount shared out. */
    private static Charge withoutRate(BigDecimal quantity, BigDecimal amount, double certainty) {
        if (quantity.signum() == 0) {
            return new Charge(BigDecimal.ONE, Money.scaled(amount), Money.scaled(amount), certainty * 0.5, true);
        }
        BigDecimal rate = amount.divide(quantity, 2, RoundingMode.HALF_UP);
        boolean exact = agrees(quantity, rate, amount);
        return new Charge(quantity, rate, Money.scaled(amount), exact ? certainty : certainty * 0.7, true);
    }

    /** Only unit price and amount printed: the quantity is how many times the price fits the amount. */
    private static Charge withoutQuantity(BigDecimal rate, BigDecimal amount, double certainty) {
        if (rate.signum() == 0) {
            return new Charge(BigDecimal.ONE, Money.scaled(amount), Money.scaled(amount), certainty * 0.5, true);
        }
        BigDecimal quantity = amount.divide(rate, 3, RoundingMode.HALF_UP).stripTrailingZeros();
        // a quantity worked out must be whole or a half (days, units); 0.99 means a misread price, not a quantity
        boolean countable = quantity.multiply(BigDecimal.TWO).stripTrailingZeros().scale() <= 0;
        if (!countable || quantity.signum() <= 0 || quantity.compareTo(LARGEST_QUANTITY) > 0) {
            return new Charge(BigDecimal.ONE, Money.scaled(rate), Money.scaled(amount), certainty * 0.6, agrees(BigDecimal.ONE, rate, amount));
        }
        return new Charge(quantity.setScale(Math.max(quantity.scale(), 0), RoundingMode.UNNECESSARY), Money.scaled(rate),
                Money.scaled(amount), quantity.compareTo(BigDecimal.ONE) == 0 ? certainty : certainty * 0.85, true);
    }

    static boolean agrees(BigDecimal quantity, BigDecimal rate, BigDecimal amount) {
        BigDecimal difference = quantity.multiply(rate).subtract(amount).abs();
        return difference.compareTo(TOLERANCE.max(amount.abs().multiply(new BigDecimal("0.0005")))) <= 0;
    }

    private static boolean isPlausibleQuantity(PrintedNumber n) {
        return n.value().signum() > 0 && n.value().compareTo(LARGEST_QUANTITY) <= 0
                && (n.looksWhole() || n.value().scale() <= 2 && n.value().compareTo(BigDecimal.TEN) < 0);
    }

    private static double repairs(PrintedNumber... numbers) {
        double certainty = 1.0;
        for (PrintedNumber n : numbers) {
            if (n != null && n.repaired()) {
                certainty *= 0.8;
            }
        }
        return certainty;
    }
}

package com.billaudit.extraction;

import com.billaudit.domain.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An item issued on several days of one bill (gloves, syringes, a catheter) is charged at one
 * price each time. A scanned row of it whose two printings of the amount disagree ({@link TwinAmounts})
 * is read back as its quantity times
 * that price only when two things agree: the rows of the same item read surely all show one unit
 * price, and one of the row's own readings of its amount (the amount cell, or a second printing of
 * it beside) is that figure with a digit or two lost or one look-alike digit changed ("7/279",
 * "772-79" for 272.79). Either alone is no evidence: prices change, and OCR's garbles are many.
 * The same two pieces of evidence read back one look-alike slip of a row whose quantity × rate
 * is not its amount ({@link #readOneSlipAgain}).
 */
final class RepeatedPrices {

    private static final Set<String> LOOKALIKES = OcrConfusions.digitPairs("rate");
    /** How many digits of a figure a garbled reading must keep to say anything of it. */
    private static final int KEPT_DIGITS = 3;
    /** How many rows of an item read surely at one price say it is the price a row with one slip charges. */
    private static final int SURE_ROWS_FOR_ONE_SLIP = 2;

    private RepeatedPrices() {
    }

    static void settle(List<DraftItem> items) {
        Map<String, List<DraftItem>> byItem = new HashMap<>();
        for (DraftItem item : items) {
            if (item.ocr && !item.description().isBlank()) {
                byItem.computeIfAbsent(RepeatedRows.shape(item.description()), k -> new ArrayList<>()).add(item);
            }
        }
        for (List<DraftItem> same : byItem.values()) {
            if (same.size() < 2) {
                continue;
            }
            Set<BigDecimal> prices = new LinkedHashSet<>();
            int sureRows = 0;
            for (DraftItem item : same) {
                if (sure(item)) {
                    prices.add(item.charge.unitPrice().stripTrailingZeros());
                    sureRows++;
                }
            }
            if (prices.size() != 1) {
                continue;
            }
            BigDecimal price = prices.iterator().next();
            for (DraftItem item : same) {
                if (!item.readingsDisagree && sureRows >= SURE_ROWS_FOR_ONE_SLIP && !quantityInDoubt(item)) {
                    readOneSlipAgain(item, price);
                }
                if (!item.readingsDisagree || quantityInDoubt(item)) {
                    continue;
                }
                BigDecimal worked = Money.times(item.charge.quantity(), price);
                if (worked.compareTo(item.charge.amount()) != 0 && readings(item).stream().anyMatch(r -> resembles(r, digits(worked)))) {
                    item.charge = new Charge(item.charge.quantity(), Money.scaled(price), worked, item.charge.certainty(), true);
                    item.readingsDisagree = false;
                }
            }
        }
    }

    /**
     * A scanned row whose quantity × rate is not its amount, where one of the two figures is the
     * item's price (or the price times the quantity) and the other reads it with one look-alike digit
     * changed: "6 × 15.90 = 90.00" beside rows that read 15.00 surely. The row's own other figure and
     * the item's other rows agree on the price; the slip is the one figure they both contradict.
     */
    private static void readOneSlipAgain(DraftItem item, BigDecimal price) {
        if (!item.ocr || item.charge.consistent() || item.charge.amountReread()) {
            return;
        }
        PrintedNumber rate = item.cells.numbers().get(ColumnRole.RATE);
        PrintedNumber amount = item.cells.numbers().get(ColumnRole.AMOUNT);
        if (rate == null || amount == null) {
            return;
        }
        BigDecimal worked = Money.times(item.charge.quantity(), price);
        boolean amountAgrees = worked.compareTo(Money.scaled(amount.value())) == 0;
        boolean rateAgrees = price.compareTo(rate.value().stripTrailingZeros()) == 0;
        boolean rateSlipped = amountAgrees && OcrConfusions.oneDigitApart(digits(rate.value()), digits(price), LOOKALIKES);
        boolean amountSlipped = rateAgrees && OcrConfusions.oneDigitApart(digits(amount.value()), digits(worked), LOOKALIKES);
        if (rateSlipped || amountSlipped) {
            item.charge = item.charge.reread(item.charge.quantity(), Money.scaled(price), worked, item.charge.certainty());
        }
    }

    /** A row read surely: not in doubt, its figures agreeing, its amount read as money. */
    private static boolean sure(DraftItem item) {
        PrintedNumber amount = item.cells.numbers().get(ColumnRole.AMOUNT);
        return !item.doubtful() && item.charge.consistent() && !item.charge.amountReread() && item.charge.quantity().signum() > 0
                && amount != null && !quantityInDoubt(item);
    }

    private static boolean quantityInDoubt(DraftItem item) {
        PrintedNumber quantity = item.cells.numbers().get(ColumnRole.QUANTITY);
        return quantity == null || quantity.repaired() || item.cells.unreadableQuantity();
    }

    /** The digits of what OCR read for the row's amount: its amount cell and any second printing of it. */
    private static List<String> readings(DraftItem item) {
        List<String> out = new ArrayList<>();
        for (ColumnRole role : List.of(ColumnRole.AMOUNT, ColumnRole.OTHER_NUMBER)) {
            PrintedNumber n = item.cells.numbers().get(role);
            if (n != null) {
                out.add(n.decimal() ? digits(n.value()) : n.value().toPlainString().replaceAll("\\D", ""));
            }
        }
        return out;
    }

    /** A money figure's digits with its two decimals, no point: 272.79 is "27279". */
    private static String digits(BigDecimal value) {
        return Money.scaled(value).toPlainString().replaceAll("\\D", "");
    }

    /** Whether a reading is the figure with digits lost at an end or one look-alike digit changed. */
    static boolean resembles(String reading, String figure) {
        if (reading.length() < KEPT_DIGITS) {
            return false;
        }
        if (figure.contains(reading) || reading.contains(figure) && figure.length() >= KEPT_DIGITS) {
            return true;
        }
        return OcrConfusions.oneDigitApart(reading, figure, LOOKALIKES);
    }
}

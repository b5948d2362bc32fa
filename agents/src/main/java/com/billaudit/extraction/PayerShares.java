package com.billaudit.extraction;

import com.billaudit.domain.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table that splits each charge between the patient and the payer ("Amount 0.00 | Company
 * Amount 4,800.00"): where the page's rows show it, the column printed after the amount is the
 * payer's share, and every row charges the two shares together. A single row reads the split only
 * when its own quantity × rate confirms it ({@link ChargeReading}); a row whose quantity or rate
 * OCR misread cannot, yet it prints the same two shares: once enough rows of the page confirm the
 * split, such a row charges the sum too, and whatever its own arithmetic then says (a quantity
 * read without its point, confirmed or repaired as usual) it says about that sum.
 */
final class PayerShares {

    /** How many rows of a page must confirm the split before the column counts as the payer's share. */
    private static final int CONFIRMING_ROWS = 3;
    /** At most one row in this many may say the opposite: its amount alone is quantity × rate, beside a share. */
    private static final int CONTRARY_SHARE = 5;

    private PayerShares() {
    }

    static void settle(List<DraftItem> items) {
        DraftItem.byPage(items).forEach(PayerShares::settlePage);
    }

    private static void settlePage(List<DraftItem> rows) {
        int confirming = 0;
        int contrary = 0;
        List<DraftItem> unconfirmed = new ArrayList<>();
        for (DraftItem row : rows) {
            PrintedNumber share = row.cells.numbers().get(ColumnRole.OTHER_NUMBER);
            PrintedNumber amount = row.cells.numbers().get(ColumnRole.AMOUNT);
            if (share == null || amount == null || share.value().signum() <= 0 || amount.value().signum() < 0
                    || !row.cells.numbers().containsKey(ColumnRole.RATE)) {
                continue;
            }
            if (!row.cells.numbers().containsKey(ColumnRole.QUANTITY)) {
                // no quantity read: the rate fits the two shares together a whole number of times, and the
                // amount alone (nothing, or less than one rate) not at all
                BigDecimal rate = row.cells.numbers().get(ColumnRole.RATE).value();
                if (amount.value().compareTo(rate) < 0 && countable(amount.value().add(share.value()), rate)) {
                    confirming++;
                }
                unconfirmed.add(row);
                continue;
            }
            boolean split = row.charge.amount().compareTo(Money.scaled(amount.value().add(share.value()))) == 0;
            if (split && amount.value().compareTo(share.value()) != 0 && row.charge.consistent()) {
                confirming++;
            } else if (!split && row.charge.consistent() && amount.value().signum() > 0) {
                contrary++;
            } else if (!split) {
                unconfirmed.add(row);
            }
        }
        if (confirming < CONFIRMING_ROWS || contrary * CONTRARY_SHARE > confirming) {
            return;
        }
        for (DraftItem row : unconfirmed) {
            PrintedNumber share = row.cells.numbers().get(ColumnRole.OTHER_NUMBER);
            PrintedNumber amount = row.cells.numbers().get(ColumnRole.AMOUNT);
            BigDecimal rate = row.cells.numbers().get(ColumnRole.RATE).value();
            if (!share.decimal() || share.repaired() && !countable(amount.value().add(share.value()), rate)) {
                // "503410" for 500.00: a share OCR garbled says nothing of the charge; one OCR repaired
                // ("720,00" read with a comma for its point) counts when the rate goes into the two shares
                continue;
            }
            PrintedNumber charged = new PrintedNumber(Money.scaled(amount.value().add(share.value())), amount.decimal(), amount.repaired());
            Optional<Charge> reread = ChargeReading.read(row.cells.withAmount(charged, ColumnRole.OTHER_NUMBER), row.ocr);
            reread.ifPresent(charge -> row.charge = charge);
        }
    }

    /** Whether {@code rate} goes into {@code total} a whole number of times, once at least. */
    private static boolean countable(BigDecimal total, BigDecimal rate) {
        if (rate.signum() <= 0 || total.compareTo(rate) < 0) {
            return false;
        }
        BigDecimal[] division = total.divideAndRemainder(rate);
        return division[1].signum() == 0;
    }

}

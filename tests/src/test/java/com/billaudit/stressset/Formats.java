package com.billaudit.stressset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a bill prints numbers and dates: Indian (1,25,000.00), western (125,000.00) or no grouping;
 * a currency mark on every amount, only on the totals, or nowhere; totals closed with "/-" or not;
 * one of the common date styles.
 */
record Formats(Grouping grouping, String currency, boolean currencyOnCells, boolean wholeWithoutPaise,
               String datePattern, boolean slashDashTotals) {

    enum Grouping { INDIAN, WESTERN, NONE }

    static Formats pick(Pick pick) {
        Grouping grouping = Grouping.values()[pick.weighted(4, 3, 3)];
        String currency = pick.oneOf("", "", "", "Rs. ", "Rs.", "\u20B9", "\u20B9 ", "INR ");
        boolean onCells = !currency.isEmpty() && pick.chance(0.35);
        String pattern = pick.oneOf("dd/MM/yyyy", "dd-MM-yyyy", "dd-MMM-yy", "dd MMM yyyy", "dd.MM.yy", "yyyy-MM-dd",
                "d/M/yyyy", "dd-MMM-yyyy", "dd/MM/yy");
        return new Formats(grouping, currency, onCells, pick.chance(0.1), pattern, pick.chance(0.15));
    }

    /** An amount cell or total: grouping, paise, and the currency mark when it is printed there. */
    String money(BigDecimal value, boolean isTotal) {
        String mark = (isTotal || currencyOnCells) ? currency : "";
        // "Rs. 1,500/-": the Indian way of closing an amount so nothing can be written after it.
        String close = isTotal && slashDashTotals ? "/-" : "";
        return (value.signum() < 0 ? "-" : "") + mark + plain(value.abs()) + close;
    }

    /** A unit price or quantity-like number: grouped the same way, never with a currency mark. */
    String number(BigDecimal value) {
        return plain(value);
    }

    String quantity(BigDecimal q) {
        return q.stripTrailingZeros().toPlainString();
    }

    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern(datePattern, Locale.US));
    }

    String dateTraitName() {
        return "date:" + datePattern;
    }

    private String plain(BigDecimal value) {
        BigDecimal v = value.setScale(2, java.math.RoundingMode.HALF_UP);
        String whole = v.toBigInteger().toString();
        String paise = v.toPlainString().substring(v.toPlainString().indexOf('.'));
        if (wholeWithoutPaise && paise.equals(".00")) {
            paise = "";
        }
        return group(whole) + paise;
    }

    private String group(String digits) {
        if (grouping == Grouping.NONE || digits.length() <= 3) {
            return digits;
        }
        String last3 = digits.substring(digits.length() - 3);
        String rest = digits.substring(0, digits.length() - 3);
        int step = grouping == Grouping.INDIAN ? 2 : 3;
        StringBuilder out = new StringBuilder();
        while (rest.length() > step) {
            out.insert(0, "," + rest.substring(rest.length() - step));
            rest = rest.substring(0, rest.length() - step);
        }
        return rest + out + "," + last3;
    }
}

package com.billaudit.extraction;

import java.math.BigDecimal;

/**
 * A number read from a table cell.
 *
 * @param value    its value (not rounded: a quantity may be 0.5)
 * @param decimal  printed with a decimal fraction, as money usually is
 * @param repaired read only after undoing an OCR slip (a letter for a digit, a comma for the point)
 * @param signed   printed behind a currency sign that was read as a sign ("₹", "Rs.", or a glyph OCR
 *                 makes of ₹ such as "%" or "£"): its first digit is no misread sign
 * @param signless the value were the glyph read as its first digit a currency sign ("$570.00" on a
 *                 rupee bill: 5570.00 as read, 570.00 signless), or null when no glyph was read so
 */
record PrintedNumber(BigDecimal value, boolean decimal, boolean repaired, boolean signed, BigDecimal signless) {

    PrintedNumber(BigDecimal value, boolean decimal, boolean repaired) {
        this(value, decimal, repaired, false, null);
    }

    PrintedNumber withSign(boolean sign) {
        return new PrintedNumber(value, decimal, repaired, sign, signless);
    }

    PrintedNumber withSignless(BigDecimal other) {
        return new PrintedNumber(value, decimal, repaired, signed, other);
    }

    /** The figure read with its first glyph taken for the currency sign the row's other figures print. */
    PrintedNumber asSigned() {
        return signless == null ? this : new PrintedNumber(signless, decimal, true, true, null);
    }

    /** A whole number printed without a fraction: what a quantity or serial number looks like. */
    boolean looksWhole() {
        return !decimal && value.stripTrailingZeros().scale() <= 0;
    }
}

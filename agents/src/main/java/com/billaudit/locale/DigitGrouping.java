package com.billaudit.locale;

/** How a locale groups the digits of large amounts. */
public enum DigitGrouping {
    /** {@code 150,000}: groups of three. */
    THOUSANDS,
    /** {@code 1,50,000}: three digits, then groups of two (lakh, crore). */
    LAKH;

    static DigitGrouping fromEntry(String value) {
        return switch (value) {
            case "thousands" -> THOUSANDS;
            case "lakh" -> LAKH;
            default -> throw new IllegalStateException("grouping must be thousands or lakh: " + value);
        };
    }
}

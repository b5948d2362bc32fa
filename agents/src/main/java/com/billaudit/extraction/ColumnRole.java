package com.billaudit.extraction;

/** What a column of a charge table holds, as its header names it. */
enum ColumnRole {
    SERIAL, DATE, CODE, DESCRIPTION, BATCH, EXPIRY, HSN, QUANTITY, RATE, AMOUNT, DISCOUNT, TAX,
    /** A numeric column the audit does not need (taxable value, MRP beside a rate...). */
    OTHER_NUMBER,
    /** A text column the audit does not need (manufacturer, pack). */
    OTHER_TEXT,
    /** A titled column whose title names nothing known: it still holds its own cell. */
    UNKNOWN;

    boolean numeric() {
        return this == QUANTITY || this == RATE || this == AMOUNT || this == DISCOUNT || this == TAX || this == OTHER_NUMBER;
    }
}

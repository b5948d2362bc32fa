package com.billaudit.extraction;

/** What a summary row under a charge table states. */
enum SummaryKind {
    /** The gross or sub total of the charges. */
    SUBTOTAL,
    /** The total of one section or day of the table ("Pharmacy Total", "Day Total"). */
    SECTION_TOTAL,
    /** A discount or concession, printed positive or negative. */
    DISCOUNT,
    /** A tax row: CGST, SGST, IGST, GST, VAT, cess. */
    TAX,
    ROUND_OFF,
    /** Money already paid: advance, deposit, insurer's share. */
    ADVANCE,
    /** The final amount the bill asks to be paid. */
    PAYABLE,
    /** What is left to pay after an advance. */
    BALANCE,
    /** A running total carried from one page to the next. */
    CARRIED
}

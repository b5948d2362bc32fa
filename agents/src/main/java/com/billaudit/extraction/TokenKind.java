package com.billaudit.extraction;

/** What a word of a table line looks like on its own. */
enum TokenKind {
    /** A full date such as 12/04/2025 or 20-Apr-25. */
    DATE,
    /** A date cut short by a narrow column, such as {@code 07-Sep-}: its year is on the next line. */
    PARTIAL_DATE,
    /** A month/year pair such as 12/28, as pharmacies print expiry dates. */
    EXPIRY,
    /**
     * When a dated row was printed: a time after its date ("10:56"), or a date OCR garbled past
     * reading but still shaped like one ("21/14/2025"). Neither a figure nor words of the description.
     */
    STAMP,
    /** A quantity or an amount, possibly as OCR misread it. */
    NUMBER,
    /** Anything else: words of a description, codes, batch numbers. */
    WORD
}

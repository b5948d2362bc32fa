package com.billaudit.extraction;

/** A kind of evidence of what a document is: a section of the {@code document-evidence} lexicon lists. */
enum DocumentCue {
    /** Words only bills, invoices and receipts print. */
    BILL,
    /** A summary row's label: followed by an amount, a bill's total. */
    TOTAL,
    /** Column titles of a charge table. */
    COLUMN,
    /** A pharmacy counter bill's columns and wording (batch, expiry, drug licence). */
    PHARMACY,
    PHARMACY_ISSUER,
    /** What only a hospital's bill prints (admission, wards, visits). */
    HOSPITAL,
    HOSPITAL_ISSUER,
    DIAGNOSTIC_ISSUER,
    /** Charges that are tests. */
    TEST,
    /** A laboratory report's wording around its results. */
    REPORT,
    /** A discharge summary's, a prescription's or clinical notes' wording. */
    CLINICAL,
    /** A prescription's dosing. */
    DOSE;

    /** The section name in the lists: {@code [pharmacy-issuer]}. */
    String section() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

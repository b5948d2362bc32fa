package com.billaudit.domain;

/** What kind of document an upload is. */
public enum DocumentType {
    HOSPITAL_BILL("hospital_bill"),
    PHARMACY_INVOICE("pharmacy_invoice"),
    DIAGNOSTIC_REPORT("diagnostic_report"),
    NOT_A_BILL("not_a_bill"),
    UNKNOWN("unknown");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether documents of this type carry charges to audit. */
    public boolean isBill() {
        return this == HOSPITAL_BILL || this == PHARMACY_INVOICE || this == DIAGNOSTIC_REPORT || this == UNKNOWN;
    }

    public static DocumentType fromCode(String code) {
        for (DocumentType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown document type: " + code);
    }
}

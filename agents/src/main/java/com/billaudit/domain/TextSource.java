package com.billaudit.domain;

/** How the text of a page (or of a whole document) was obtained. */
public enum TextSource {
    /** A plain-text upload. */
    TEXT("text"),
    /** The text layer of a PDF. */
    PDF_TEXT("pdf-text"),
    /** Optical character recognition of an image or a scanned page. */
    OCR("ocr"),
    /** A document whose pages were read in different ways. */
    MIXED("mixed");

    private final String code;

    TextSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static TextSource fromCode(String code) {
        for (TextSource s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown text source: " + code);
    }
}

package com.billaudit.ocr;

/** Port: what intake reports for metrics (pages read, OCR time and confidence). */
public interface IntakeListener {

    IntakeListener NONE = new IntakeListener() {
    };

    /** One page was read; {@code confidence} is null for a text layer. */
    default void pageRead(String textSource, double seconds, Double confidence) {
    }
}

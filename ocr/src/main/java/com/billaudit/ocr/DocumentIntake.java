package com.billaudit.ocr;

import com.billaudit.domain.DocumentText;
import com.billaudit.intake.DocumentReader;

import java.time.Duration;

/**
 * Reads uploads in Tika's order: sniff the bytes, reject what cannot be read, then read plain
 * text, a PDF's text layer, or OCR images and pages without a text layer.
 */
public final class DocumentIntake implements DocumentReader, AutoCloseable {

    public DocumentIntake(OcrSettings settings, IntakeListener listener) {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public String sniff(byte[] content) {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public DocumentText read(byte[] content, String mediaType, Duration budget) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Whether OCR can run here (Tesseract and its language data found), for /health. */
    public boolean ocrAvailable() {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO");
    }
}

package com.billaudit.ocr;

import com.billaudit.domain.PageText;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.util.function.Supplier;

/** Reads a PDF page that has no usable text layer (a scan), by rendering and OCR. */
interface ScannedPageReader {

    /**
     * Renders the page now, on the caller's thread (a PDF document is not safe to share between
     * threads), and returns its OCR, which may run on any thread.
     */
    Supplier<PageText> render(PDDocument document, int pageNumber, Deadline deadline);
}

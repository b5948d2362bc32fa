package com.billaudit.ocr;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextSource;
import com.billaudit.intake.DocumentReader;
import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;

import java.time.Duration;
import java.util.List;

/**
 * Reads uploads in Tika's order: sniff the bytes, reject what cannot be read, then read plain
 * text, a PDF's text layer, or OCR images and pages without a text layer.
 */
public final class DocumentIntake implements DocumentReader, AutoCloseable {

    private final IntakeListener listener;
    private final PdfReader pdfs;

    public DocumentIntake(OcrSettings settings, IntakeListener listener) {
        this.listener = listener;
        ScannedPageReader noOcr = (document, page, deadline) -> {
            throw new DocumentRejectedException(Reason.OCR_UNAVAILABLE, "page " + page + " is a scan and OCR is not available");
        };
        this.pdfs = new PdfReader(settings, listener, noOcr);
    }

    @Override
    public String sniff(byte[] content) {
        return MediaTypes.sniff(content);
    }

    @Override
    public DocumentText read(byte[] content, String mediaType, Duration budget) {
        if (content == null || content.length == 0) {
            throw new DocumentRejectedException(Reason.EMPTY, "the document has no bytes");
        }
        Deadline deadline = Deadline.after(budget);
        List<PageText> pages = switch (mediaType) {
            case MediaTypes.TEXT -> readText(content);
            case MediaTypes.PDF -> pdfs.read(content, deadline);
            case MediaTypes.PNG, MediaTypes.JPEG, MediaTypes.TIFF ->
                    throw new DocumentRejectedException(Reason.OCR_UNAVAILABLE, "images need OCR, which is not available");
            default -> throw new DocumentRejectedException(Reason.UNSUPPORTED_TYPE, "cannot read " + mediaType);
        };
        if (pages.stream().allMatch(page -> page.text().isBlank())) {
            throw new DocumentRejectedException(Reason.EMPTY, "the document contains no text");
        }
        return new DocumentText(pages);
    }

    private List<PageText> readText(byte[] content) {
        long started = System.nanoTime();
        List<PageText> pages = PlainTextReader.read(content);
        double seconds = (System.nanoTime() - started) / 1e9 / Math.max(1, pages.size());
        pages.forEach(page -> listener.pageRead(TextSource.TEXT.code(), seconds, null));
        return pages;
    }

    /** Whether OCR can run here (Tesseract and its language data found), for /health. */
    public boolean ocrAvailable() {
        return false;
    }

    @Override
    public void close() {
        // Nothing held yet: the OCR engine pool arrives with OCR.
    }
}

package com.billaudit.ocr;

import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.IntSupplier;

/**
 * Reads a PDF page by page: a page with a usable text layer is read from it; a page without
 * one (a scan) goes to {@link ScannedPageReader}.
 */
final class PdfReader {

    /** Fewer readable characters than this is no usable text layer (a stamp, a page number). */
    static final int MIN_TEXT_LAYER_CHARS = 20;
    /** A page with less text than this that is mostly image is OCR'd whole. */
    static final int FULL_TEXT_LAYER_CHARS = 200;
    /** The share of a page that images cover for it to count as mostly image. */
    static final double MOSTLY_IMAGE = 0.5;
    /** Characters one page's text layer may draw: a dense A4 page holds about 10,000. */
    static final int MAX_GLYPHS_PER_PAGE = 50_000;
    /** Characters a whole document's text layers may draw. */
    static final int MAX_GLYPHS_PER_DOCUMENT = 400_000;

    private final OcrSettings settings;
    private final IntakeListener listener;
    private final ScannedPageReader scans;
    private final ExecutorService threads;
    private final IntSupplier engines;

    /**
     * @param threads where scanned pages are OCR'd side by side
     * @param engines how many OCR engines are free now
     */
    PdfReader(OcrSettings settings, IntakeListener listener, ScannedPageReader scans, ExecutorService threads,
              IntSupplier engines) {
        this.settings = settings;
        this.listener = listener;
        this.scans = scans;
        this.threads = threads;
        this.engines = engines;
    }

    /** Reads {@code document} (see {@link PdfDocuments#open}) and closes it. */
    List<PageText> read(PDDocument opened, Deadline deadline) {
        try (PDDocument document = opened) {
            int pageCount = PdfDocuments.checkedPageCount(document, settings);
            DocumentPages pages = DocumentPages.start(threads, engines.getAsInt(), deadline);
            try {
                int glyphsLeft = MAX_GLYPHS_PER_DOCUMENT;
                for (int number = 1; number <= pageCount; number++) {
                    deadline.check();
                    glyphsLeft -= readPage(document, number, glyphsLeft, deadline, pages);
                }
            } catch (RuntimeException | IOException e) {
                pages.cancelUnfinished();
                throw e;
            }
            return pages.finish();
        } catch (IOException e) {
            throw new DocumentRejectedException(Reason.CORRUPT, "the PDF cannot be read: " + e.getMessage(), e);
        }
    }

    /** @return the characters the page's text layer drew */
    private int readPage(PDDocument document, int number, int glyphsLeft, Deadline deadline, DocumentPages pages)
            throws IOException {
        long started = System.nanoTime();
        List<Word> words;
        try {
            words = PdfTextLayer.words(document, number, Math.clamp(glyphsLeft, 0, MAX_GLYPHS_PER_PAGE));
        } catch (DocumentRejectedException e) {
            throw e;
        } catch (RuntimeException e) {
            // PDFBox signals broken content streams with unchecked exceptions too.
            throw new IOException("page " + number + ": " + e, e);
        } catch (StackOverflowError e) {
            // PDFBox parses nested operands recursively
            throw new DocumentRejectedException(Reason.CORRUPT, "page " + number + "'s content is nested too deeply", e);
        }
        int glyphs = words.stream().mapToInt(word -> word.text().length()).sum();
        if (needsOcr(document, number, readableChars(words))) {
            pages.ocr(scans.render(document, number, deadline));
            return glyphs;
        }
        List<TextLine> lines = LayoutLines.build(words);
        listener.pageRead(TextSource.PDF_TEXT.code(), (System.nanoTime() - started) / 1e9, null);
        pages.add(new PageText(number, lines, TextSource.PDF_TEXT, null));
        return glyphs;
    }

    /**
     * A page is read from its text layer unless that is (nearly) empty, or the page is mostly
     * an image with only a little text: a typed header over a scanned table. Scanners' searchable
     * PDFs have an image under a full text layer; those are read from the text layer.
     */
    private static boolean needsOcr(PDDocument document, int number, int readableChars) throws IOException {
        if (readableChars < MIN_TEXT_LAYER_CHARS) {
            return true;
        }
        return readableChars < FULL_TEXT_LAYER_CHARS
                && PdfImageCoverage.of(document.getPage(number - 1)) >= MOSTLY_IMAGE;
    }

    /** Letters, digits and punctuation: unmapped fonts yield U+FFFD or private-use code points. */
    static int readableChars(List<Word> words) {
        int readable = 0;
        for (Word word : words) {
            for (int i = 0; i < word.text().length(); i++) {
                char c = word.text().charAt(i);
                if (c != '\uFFFD' && !Character.isISOControl(c) && Character.getType(c) != Character.PRIVATE_USE) {
                    readable++;
                }
            }
        }
        return readable;
    }
}

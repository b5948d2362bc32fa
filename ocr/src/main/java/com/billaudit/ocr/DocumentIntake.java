package com.billaudit.ocr;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextSource;
import com.billaudit.intake.DocumentReader;
import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads uploads in Tika's order: sniff the bytes, reject what cannot be read, then read plain
 * text, a PDF's text layer, or OCR images and pages without a text layer.
 *
 * <p>Tesseract is much faster single-threaded (OMP_THREAD_LIMIT=1, set by the scripts and the
 * test runner) with one engine per core; {@link OcrSettings#engines()} engines are shared by all
 * callers. The scanned pages of one document are OCR'd side by side on the engines free when it
 * starts.
 *
 * <p>Whoever calls {@link #read}, the document is read on intake's own platform threads: parsing
 * a PDF, rendering and OCR are CPU work that must not run on a request's or a worker's virtual
 * thread, whose carriers serve HTTP. The caller only waits, and cancelling it cancels the read.
 */
public final class DocumentIntake implements DocumentReader, AutoCloseable {

    /** Documents waiting for an intake thread; the workers that wait on them are bounded too. */
    private static final int DOCUMENTS_WAITING = 256;
    /** How long the caller waits beyond the document's budget for intake's own deadline to end it. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final OcrSettings settings;
    private final IntakeListener listener;
    private final EnginePool engines;
    private final PageOcr ocr;
    private final PdfReader pdfs;
    private final DocumentCheck door;
    /** PDFs the door opened, handed on to {@link #pdfs} so that each is parsed once. */
    private final CheckedPdfs checkedPdfs = new CheckedPdfs();
    /** Platform threads: OCR runs in native code, which would pin a virtual thread's carrier. */
    private final ExecutorService pageThreads;
    /** Platform threads each reading one document (its pages go to {@link #pageThreads}). */
    private final ExecutorService documentThreads;

    public DocumentIntake(OcrSettings settings, IntakeListener listener) {
        this(settings, listener, Preprocessing.standard());
    }

    DocumentIntake(OcrSettings settings, IntakeListener listener, Preprocessing preprocessing) {
        this.settings = settings;
        this.listener = listener;
        this.engines = new EnginePool(settings);
        this.ocr = new PageOcr(engines, settings, listener, new Preprocessor(preprocessing));
        this.pageThreads = Executors.newFixedThreadPool(settings.engines(), Thread.ofPlatform().daemon().name("ocr-page-", 1).factory());
        this.documentThreads = new ThreadPoolExecutor(settings.engines(), settings.engines(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(DOCUMENTS_WAITING), Thread.ofPlatform().daemon().name("intake-", 1).factory());
        this.door = new DocumentCheck(settings, checkedPdfs);
        this.pdfs = new PdfReader(settings, listener, new PdfPageRenderer(settings, ocr), pageThreads, engines::free);
    }

    /** The type from the bytes, after the checks at the door ({@link DocumentCheck}). */
    @Override
    public String sniff(byte[] content) {
        return door.check(content);
    }

    @Override
    public DocumentText read(byte[] content, String mediaType, Duration budget) {
        if (content == null || content.length == 0) {
            throw new DocumentRejectedException(Reason.EMPTY, "the document has no bytes");
        }
        Future<DocumentText> reading;
        try {
            reading = documentThreads.submit(() -> readOnThisThread(content, mediaType, budget));
        } catch (RejectedExecutionException e) {
            throw new DocumentRejectedException(Reason.OCR_UNAVAILABLE, "intake is shut down or saturated", e);
        }
        try {
            return reading.get(budget.plus(GRACE).toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            throw new DocumentRejectedException(Reason.TIMEOUT, "reading the document took longer than its budget", e);
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading the document");
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }

    private DocumentText readOnThisThread(byte[] content, String mediaType, Duration budget) {
        Deadline deadline = Deadline.after(budget);
        List<PageText> pages;
        try {
            pages = switch (mediaType) {
                case MediaTypes.TEXT -> readText(content);
                case MediaTypes.PDF -> pdfs.read(checkedPdfs.take(content).orElseGet(() -> PdfDocuments.open(content)), deadline);
                case MediaTypes.PNG, MediaTypes.JPEG, MediaTypes.TIFF -> readImages(content, deadline);
                default -> throw new DocumentRejectedException(Reason.UNSUPPORTED_TYPE, "cannot read " + mediaType);
            };
        } finally {
            if (!MediaTypes.TEXT.equals(mediaType)) {
                // what OCR of its pages freed goes back to the system, read or failed (see NativeHeap)
                NativeHeap.trim();
            }
        }
        if (pages.stream().allMatch(page -> page.text().isBlank())) {
            throw new DocumentRejectedException(Reason.EMPTY, "the document contains no text");
        }
        return new DocumentText(pages);
    }

    private List<PageText> readText(byte[] content) {
        // stored before the door checked texts, or let through by an older version of it
        DocumentCheck.checkText(content, settings.maxPages());
        long started = System.nanoTime();
        List<PageText> pages = PlainTextReader.read(content);
        double seconds = (System.nanoTime() - started) / 1e9 / Math.max(1, pages.size());
        pages.forEach(page -> listener.pageRead(TextSource.TEXT.code(), seconds, null));
        return pages;
    }

    /** An image stored at one bit per pixel (a fax or a black-and-white scan), where faint strokes break up. */
    private static boolean isOneBit(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_BYTE_BINARY && image.getColorModel().getPixelSize() == 1;
    }

    private List<PageText> readImages(byte[] content, Deadline deadline) {
        try (ImageDocument document = ImageDocument.open(content, settings.maxPixels())) {
            int pageCount = document.pageCount(settings.maxPages());
            if (pageCount > settings.maxPages()) {
                throw new DocumentRejectedException(Reason.TOO_LARGE,
                        "the image has " + pageCount + " pages; at most " + settings.maxPages() + " are read");
            }
            DocumentPages pages = DocumentPages.start(pageThreads, engines.free(), deadline);
            try {
                for (int index = 0; index < pageCount; index++) {
                    deadline.check();
                    int number = index + 1;
                    // Decoded here: an image reader serves one thread.
                    BufferedImage decoded = document.page(index);
                    boolean bilevel = isOneBit(decoded);
                    GrayImage image = GrayImage.taking(decoded);
                    pages.ocr(() -> ocr.read(number, image, bilevel, deadline));
                }
            } catch (RuntimeException e) {
                pages.cancelUnfinished();
                throw e;
            }
            return pages.finish();
        }
    }

    @Override
    public java.util.Optional<java.awt.image.BufferedImage> pageImage(byte[] content, String mediaType, int pageNumber) {
        return PageImages.render(content, mediaType, pageNumber, settings.maxPixels());
    }

    /** Whether OCR can run here (Tesseract and its language data found), for /health. */
    public boolean ocrAvailable() {
        return engines.available();
    }

    @Override
    public void close() {
        documentThreads.shutdownNow();
        pageThreads.shutdownNow();
        engines.close();
        checkedPdfs.close();
    }
}

package com.billaudit.ocr;

import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A fixed number of single-threaded Tesseract engines, created on first use and reused for
 * every page. A caller borrows one for a page; when all are busy it waits, at most until its
 * deadline. One engine per core, each with OMP_THREAD_LIMIT=1, beats one multi-threaded engine.
 */
final class EnginePool implements AutoCloseable {

    /** Tesseract's "assume a single uniform block of text": keeps table rows together. */
    static final int PAGE_SEG_MODE = 6;

    private final OcrSettings settings;
    private final BlockingQueue<TesseractEngine> idle = new LinkedBlockingQueue<>();
    private final List<TesseractEngine> all = new ArrayList<>();
    private String unavailable;
    private boolean closed;

    EnginePool(OcrSettings settings) {
        this.settings = settings;
    }

    /** Whether OCR can run: an engine exists or can be created (library and language data present). */
    synchronized boolean available() {
        if (closed || unavailable != null) {
            return false;
        }
        if (!all.isEmpty()) {
            return true;
        }
        try {
            idle.add(createIfRoom());
            return true;
        } catch (DocumentRejectedException e) {
            return false;
        }
    }

    /** Engines a caller could borrow right now without waiting: idle ones and ones not yet created. */
    synchronized int free() {
        if (closed || unavailable != null) {
            return 0;
        }
        return idle.size() + settings.engines() - all.size();
    }

    TesseractEngine borrow(Deadline deadline) {
        TesseractEngine engine = idle.poll();
        if (engine == null) {
            engine = createIfRoom();
        }
        if (engine == null) {
            try {
                engine = idle.poll(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                // the caller gave up on the document (shutdown, cancelled): not a timeout of the document
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for an OCR engine");
            }
            if (engine == null) {
                throw new DocumentRejectedException(Reason.TIMEOUT, "no OCR engine became free within the budget");
            }
        }
        return engine;
    }

    void release(TesseractEngine engine) {
        synchronized (this) {
            if (closed) {
                engine.close();
                return;
            }
        }
        idle.add(engine);
    }

    private synchronized TesseractEngine createIfRoom() {
        if (closed) {
            throw new DocumentRejectedException(Reason.OCR_UNAVAILABLE, "intake is shut down");
        }
        if (unavailable != null) {
            throw new DocumentRejectedException(Reason.OCR_UNAVAILABLE, unavailable);
        }
        if (all.size() >= settings.engines()) {
            return null;
        }
        try {
            TesseractEngine engine = TesseractEngine.open(settings.tessdataPath(), settings.languages(), PAGE_SEG_MODE);
            all.add(engine);
            return engine;
        } catch (IllegalStateException | LinkageError e) {
            // Remembered: a missing library or language file does not appear by retrying.
            unavailable = "OCR is not available: " + e.getMessage();
            throw new DocumentRejectedException(Reason.OCR_UNAVAILABLE, unavailable, e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        TesseractEngine engine;
        while ((engine = idle.poll()) != null) {
            engine.close();
        }
    }
}

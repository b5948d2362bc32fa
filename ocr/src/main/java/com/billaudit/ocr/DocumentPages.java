package com.billaudit.ocr;

import com.billaudit.domain.PageText;
import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Collects the pages of one document in order while OCR'ing its scanned pages side by side on
 * the engines that were free when the document started: a 10-page scan on an idle two-engine
 * server takes half the time, and a busy server is not crowded further by one document. At most
 * that many pages wait in memory as images.
 */
final class DocumentPages {

    private final ExecutorService threads;
    private final Semaphore slots;
    private final int parallelism;
    private final Deadline deadline;
    private final List<Future<PageText>> pages = new ArrayList<>();

    private DocumentPages(ExecutorService threads, int parallelism, Deadline deadline) {
        this.threads = threads;
        this.parallelism = parallelism;
        this.slots = new Semaphore(parallelism);
        this.deadline = deadline;
    }

    /** Pages read side by side on up to {@code freeEngines} threads (one: all on the caller's thread). */
    static DocumentPages start(ExecutorService threads, int freeEngines, Deadline deadline) {
        return new DocumentPages(threads, Math.max(1, freeEngines), deadline);
    }

    int parallelism() {
        return parallelism;
    }

    /** A page read without OCR (plain text, a PDF text layer). */
    void add(PageText page) {
        pages.add(CompletableFuture.completedFuture(page));
    }

    /**
     * A page to OCR: on the caller's thread when there is one engine to use, else on a pool
     * thread once one of this document's slots is free.
     */
    void ocr(Supplier<PageText> read) {
        if (parallelism == 1) {
            add(read.get());
            return;
        }
        throwFirstFailure();
        acquireSlot();
        try {
            pages.add(threads.submit(() -> {
                try {
                    return read.get();
                } finally {
                    slots.release();
                }
            }));
        } catch (RejectedExecutionException e) {
            slots.release();
            throw new DocumentRejectedException(Reason.OCR_UNAVAILABLE, "intake is shut down", e);
        }
    }

    /** All pages in order; the first failure (in page order) is thrown and the rest cancelled. */
    List<PageText> finish() {
        List<PageText> read = new ArrayList<>(pages.size());
        try {
            for (Future<PageText> page : pages) {
                read.add(page.get(Math.max(1, deadline.remaining().toNanos()), TimeUnit.NANOSECONDS));
            }
            return read;
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (TimeoutException e) {
            throw new DocumentRejectedException(Reason.TIMEOUT, "reading the document took longer than its budget", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading the document");
        } finally {
            cancelUnfinished();
        }
    }

    /** Stops pages not yet started after a failure elsewhere in the document. */
    void cancelUnfinished() {
        for (Future<PageText> page : pages) {
            page.cancel(false);
        }
    }

    /** Stops submitting pages once one has failed: the document is lost anyway. */
    private void throwFirstFailure() {
        for (Future<PageText> page : pages) {
            if (page.state() == Future.State.FAILED) {
                cancelUnfinished();
                throw unwrap(page.exceptionNow());
            }
        }
    }

    private void acquireSlot() {
        try {
            if (!slots.tryAcquire(Math.max(1, deadline.remaining().toNanos()), TimeUnit.NANOSECONDS)) {
                cancelUnfinished();
                throw new DocumentRejectedException(Reason.TIMEOUT, "reading the document took longer than its budget");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelUnfinished();
            throw new CancellationException("interrupted while reading the document");
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}

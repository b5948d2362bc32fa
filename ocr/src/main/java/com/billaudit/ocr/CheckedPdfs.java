package com.billaudit.ocr;

import org.apache.pdfbox.pdmodel.PDDocument;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * PDFs the door check has just opened, kept a short while for intake to read, so that a text
 * bill's PDF is parsed once rather than at the door and again when its analysis runs (usually
 * within milliseconds on the same process). A kept document is matched by its bytes, taken at
 * most once, and closed when it is taken, evicted or expires; an upload that another replica
 * reads, or that waits longer than {@link #KEEP}, is simply parsed again there. Only small files
 * are kept (a text layer's PDF is tens of kilobytes), so what this holds stays a few megabytes.
 */
final class CheckedPdfs implements AutoCloseable {
    /** Larger PDFs are scans, whose OCR dwarfs the parse: not worth the memory. */
    static final int MAX_BYTES = 1024 * 1024;
    /** Enough for the uploads in flight between the door and the workers. */
    static final int CAPACITY = 8;
    static final Duration KEEP = Duration.ofSeconds(30);

    private record Kept(byte[] content, PDDocument document, long expiresAtNanos) {
    }

    private final Deque<Kept> kept = new ArrayDeque<>();
    private final LongSupplier nanoClock;

    CheckedPdfs() {
        this(System::nanoTime);
    }

    CheckedPdfs(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Keeps {@code document}, opened from {@code content}, for {@link #take}; closes it when it is not kept. */
    void keep(byte[] content, PDDocument document) {
        if (content.length > MAX_BYTES) {
            PdfDocuments.closeQuietly(document);
            return;
        }
        synchronized (this) {
            dropExpired();
            kept.addLast(new Kept(content, document, nanoClock.getAsLong() + KEEP.toNanos()));
            while (kept.size() > CAPACITY) {
                PdfDocuments.closeQuietly(kept.removeFirst().document());
            }
        }
    }

    /** The document the door opened from these very bytes, now the caller's to close; empty when none is kept. */
    synchronized Optional<PDDocument> take(byte[] content) {
        dropExpired();
        for (Iterator<Kept> it = kept.iterator(); it.hasNext(); ) {
            Kept entry = it.next();
            if (Arrays.equals(entry.content(), content)) {
                it.remove();
                return Optional.of(entry.document());
            }
        }
        return Optional.empty();
    }

    synchronized int size() {
        return kept.size();
    }

    private void dropExpired() {
        long now = nanoClock.getAsLong();
        while (!kept.isEmpty() && now - kept.peekFirst().expiresAtNanos() >= 0) {
            PdfDocuments.closeQuietly(kept.removeFirst().document());
        }
    }

    @Override
    public synchronized void close() {
        kept.forEach(entry -> PdfDocuments.closeQuietly(entry.document()));
        kept.clear();
    }
}

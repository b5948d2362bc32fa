package com.billaudit.server.document;

import com.billaudit.server.http.ApiException;
import com.billaudit.intake.DocumentReader;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One page of an uploaded document as a PNG for the dashboard, rendered by intake's own page
 * renderer (the door's memory bounds hold for it too). Rendering is CPU work: at most one per
 * core at a time; a caller that cannot get a turn soon is told to retry (503).
 */
public final class PageImages {
    private static final Duration WAIT_FOR_TURN = Duration.ofSeconds(10);

    private final DocumentReader reader;
    private final Semaphore turns;

    public PageImages(DocumentReader reader, int concurrent) {
        this.reader = reader;
        this.turns = new Semaphore(Math.max(1, concurrent));
    }

    /** Page {@code page} (1-based) of the document as PNG bytes. */
    public byte[] png(byte[] content, String mediaType, int page) {
        acquire();
        try {
            BufferedImage image = reader.pageImage(content, mediaType, page)
                    .orElseThrow(() -> new ApiException.NotFound("The document has no page " + page + " to show"));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            turns.release();
        }
    }

    private void acquire() {
        try {
            if (!turns.tryAcquire(WAIT_FOR_TURN.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ApiException.ServiceUnavailable("Every page renderer is busy", Duration.ofSeconds(2));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException.ServiceUnavailable("Interrupted while waiting to render", Duration.ofSeconds(2));
        }
    }
}

package com.billaudit.server.document;

import com.billaudit.server.http.ApiException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Renders one page of an uploaded PDF as a PNG for the dashboard. Rendering is CPU work: at most
 * one per core at a time; a caller that cannot get a turn soon is told to retry (503).
 */
public final class PageImages {
    /** Screen resolution: sharp enough to read a bill beside its lines, small enough to send. */
    private static final float DPI = 110;
    private static final Duration WAIT_FOR_TURN = Duration.ofSeconds(10);

    private final Semaphore turns;

    public PageImages(int concurrent) {
        this.turns = new Semaphore(Math.max(1, concurrent));
    }

    /** Page {@code page} (1-based) of {@code pdf} as PNG bytes. */
    public byte[] png(byte[] pdf, int page) {
        acquire();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (page < 1 || page > document.getNumberOfPages()) {
                throw new ApiException.NotFound("The document has " + document.getNumberOfPages() + " page(s)");
            }
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, DPI, ImageType.RGB);
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

package com.billaudit.intake;

import com.billaudit.domain.DocumentText;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Optional;

/**
 * Port: turns an uploaded document's bytes into text. Implemented by the {@code ocr} module
 * (plain text, PDF text layers, OCR of images and scanned pages).
 */
public interface DocumentReader {

    /**
     * Decides the media type from the bytes (never from the file name or the client's
     * Content-Type), e.g. {@code application/pdf}, {@code image/png}, {@code text/plain}, and
     * opens the document just far enough to refuse one that could not be read: the check at the
     * door, before an upload is stored. Cheap: headers and structure, nothing decoded.
     *
     * @throws DocumentRejectedException EMPTY, UNSUPPORTED_TYPE, CORRUPT, ENCRYPTED or TOO_LARGE
     */
    String sniff(byte[] content);

    /**
     * Reads the document's text page by page.
     *
     * @param mediaType what {@link #sniff} said
     * @param budget    how long reading may take at most
     * @throws DocumentRejectedException when the document cannot be read (corrupt, encrypted,
     *                                   too many pages or pixels, OCR unavailable, out of time)
     */
    DocumentText read(byte[] content, String mediaType, Duration budget);

    /**
     * One page of a scanned document as an image, rendered again from the bytes when asked (so
     * no page image is held while the document is analysed); empty when the page is no image
     * (text, a PDF page with a text layer) or cannot be rendered.
     *
     * @param pageNumber 1-based
     */
    default Optional<BufferedImage> pageImage(byte[] content, String mediaType, int pageNumber) {
        return Optional.empty();
    }
}

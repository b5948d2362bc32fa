package com.billaudit.ocr;

import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;
import com.billaudit.intake.TextLimits;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The check at the door: decides an upload's type from its bytes, then opens it just far enough
 * to refuse what could not be read before it is stored: a PDF that is encrypted, damaged,
 * truncated, has too many pages or a page tree that loops or nests absurdly deep, or holds an
 * image over the pixel limit; an image whose header is unreadable, whose pages are too many or
 * too large, or that is cut short; a text with too many pages or lines, or lines no bill has.
 * Cheap by design: headers and structure only, no content stream parsed and no pixel decoded.
 */
final class DocumentCheck {
    /** A text line this long is no bill's: refused whole (lines up to it are clipped later, see TextLimits). */
    static final int MAX_TEXT_LINE_CHARS = 4_096;
    private static final byte[] PNG_END = "IEND".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STARTXREF = "startxref".getBytes(StandardCharsets.US_ASCII);
    /** Where the PNG end chunk must be: the last chunk, give or take a few bytes a writer appends. */
    private static final int PNG_END_WINDOW = 64;

    private final OcrSettings settings;
    private final CheckedPdfs checkedPdfs;

    /** @param checkedPdfs where the PDFs opened here are left for intake to read */
    DocumentCheck(OcrSettings settings, CheckedPdfs checkedPdfs) {
        this.settings = settings;
        this.checkedPdfs = checkedPdfs;
    }

    /**
     * @return the media type
     * @throws DocumentRejectedException why the document cannot be read
     */
    String check(byte[] content) {
        String mediaType = MediaTypes.sniff(content);
        switch (mediaType) {
            case MediaTypes.PDF -> checkPdf(content);
            case MediaTypes.PNG, MediaTypes.JPEG, MediaTypes.TIFF -> checkImage(content, mediaType);
            case MediaTypes.TEXT -> checkText(content, settings.maxPages());
            default -> throw new DocumentRejectedException(Reason.UNSUPPORTED_TYPE, "cannot read " + mediaType);
        }
        return mediaType;
    }

    private void checkPdf(byte[] content) {
        if (!hasTrailer(content)) {
            // PDFBox would rebuild a truncated file's cross-references and read what is left of it
            throw new DocumentRejectedException(Reason.CORRUPT,
                    "the PDF is truncated: it has no cross-reference trailer (startxref)");
        }
        PDDocument document = PdfDocuments.open(content);
        try {
            PdfDocuments.checkedPageCount(document, settings);
        } catch (RuntimeException | Error e) {
            PdfDocuments.closeQuietly(document);
            throw e;
        }
        checkedPdfs.keep(content, document);
    }

    /**
     * Whether the file has a {@code startxref} pointing inside it: every PDF writer ends the file
     * with one; a file cut short has lost it (data appended after it is harmless).
     */
    static boolean hasTrailer(byte[] content) {
        for (int at = content.length - STARTXREF.length; at >= 0; at--) {
            if (Arrays.equals(content, at, at + STARTXREF.length, STARTXREF, 0, STARTXREF.length)) {
                int i = at + STARTXREF.length;
                while (i < content.length && Character.isWhitespace(content[i])) {
                    i++;
                }
                long offset = 0;
                int digits = 0;
                while (i < content.length && content[i] >= '0' && content[i] <= '9' && digits < 12) {
                    offset = offset * 10 + (content[i++] - '0');
                    digits++;
                }
                return digits > 0 && offset < content.length;
            }
        }
        return false;
    }

    private void checkImage(byte[] content, String mediaType) {
        try (ImageDocument document = ImageDocument.open(content, settings.maxPixels())) {
            int pages = document.pageCount(settings.maxPages());
            if (pages > settings.maxPages()) {
                throw new DocumentRejectedException(Reason.TOO_LARGE,
                        "the image has more than " + settings.maxPages() + " pages; at most " + settings.maxPages() + " are read");
            }
            for (int index = 0; index < pages; index++) {
                document.checkedPixels(index);
            }
        }
        if (mediaType.equals(MediaTypes.PNG) && !endsWithin(content, PNG_END, PNG_END_WINDOW)) {
            throw new DocumentRejectedException(Reason.CORRUPT, "the PNG is cut short (no end chunk)");
        }
    }

    /**
     * Pages (form feeds), lines and line lengths of a plain text, counted over the bytes: UTF-8
     * continuation bytes are not characters, so lengths are in code points for UTF-8 and in bytes
     * (also characters) for Latin-1.
     */
    static void checkText(byte[] content, int maxPages) {
        int pages = 0;
        boolean pageHasText = false;
        int linesOnPage = 1;
        int lines = 1;
        int lineChars = 0;
        byte previous = 0;
        for (byte b : content) {
            if (b == '\f') {
                pages += pageHasText ? 1 : 0;
                if (pages > maxPages) {
                    throw new DocumentRejectedException(Reason.TOO_LARGE,
                            "the text has more than " + maxPages + " pages (form feeds); at most " + maxPages + " are read");
                }
                pageHasText = false;
                linesOnPage = 1;
                lineChars = 0;
            } else if (b == '\n' || b == '\r') {
                if (!(b == '\n' && previous == '\r')) {
                    linesOnPage++;
                    lines++;
                    checkLines(linesOnPage, lines);
                }
                lineChars = 0;
            } else if ((b & 0xC0) != 0x80) {
                pageHasText |= b != ' ' && b != '\t';
                if (++lineChars > MAX_TEXT_LINE_CHARS) {
                    throw new DocumentRejectedException(Reason.TOO_LARGE, "line " + lines + " is longer than "
                            + MAX_TEXT_LINE_CHARS + " characters; no bill has such lines");
                }
            }
            previous = b;
        }
        if (pages + (pageHasText ? 1 : 0) > maxPages) {
            throw new DocumentRejectedException(Reason.TOO_LARGE,
                    "the text has more than " + maxPages + " pages (form feeds); at most " + maxPages + " are read");
        }
    }

    private static void checkLines(int linesOnPage, int lines) {
        if (linesOnPage > TextLimits.MAX_LINES_PER_PAGE) {
            throw new DocumentRejectedException(Reason.TOO_LARGE, "a page of the text has more than "
                    + TextLimits.MAX_LINES_PER_PAGE + " lines");
        }
        if (lines > TextLimits.MAX_LINES) {
            throw new DocumentRejectedException(Reason.TOO_LARGE, "the text has more than "
                    + TextLimits.MAX_LINES + " lines");
        }
    }

    private static boolean endsWithin(byte[] content, byte[] marker, int window) {
        for (int at = content.length - marker.length; at >= Math.max(0, content.length - window); at--) {
            if (Arrays.equals(content, at, at + marker.length, marker, 0, marker.length)) {
                return true;
            }
        }
        return false;
    }
}

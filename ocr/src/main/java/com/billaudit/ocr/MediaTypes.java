package com.billaudit.ocr;

import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decides a document's media type from its leading bytes, never from a name or header. */
final class MediaTypes {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String TIFF = "image/tiff";
    static final String TEXT = "text/plain";

    /** Where a PDF header may start: some producers put junk before %PDF. */
    private static final int PDF_HEADER_WINDOW = 1024;

    private MediaTypes() {
    }

    static String sniff(byte[] content) {
        if (content == null || content.length == 0) {
            throw new DocumentRejectedException(Reason.EMPTY, "the document has no bytes");
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(content, 'I', 'I', 42, 0) || startsWith(content, 'M', 'M', 0, 42)) {
            return TIFF;
        }
        if (hasPdfHeader(content)) {
            return PDF;
        }
        if (isText(content)) {
            return TEXT;
        }
        throw new DocumentRejectedException(Reason.UNSUPPORTED_TYPE,
                "not a PDF, PNG, JPEG, TIFF or plain-text document");
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasPdfHeader(byte[] content) {
        int end = Math.min(content.length, PDF_HEADER_WINDOW) - 5;
        for (int i = 0; i <= end; i++) {
            if (content[i] == '%' && content[i + 1] == 'P' && content[i + 2] == 'D' && content[i + 3] == 'F'
                    && content[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    /** Text is free of NULs and other binary control bytes; UTF-8 or else Latin-1. */
    static boolean isText(byte[] content) {
        for (byte b : content) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
                return false;
            }
        }
        return true;
    }

    /** Decodes as UTF-8 when the bytes are valid UTF-8, else as Latin-1 (which never fails). */
    static String decodeText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, StandardCharsets.ISO_8859_1);
        }
    }
}

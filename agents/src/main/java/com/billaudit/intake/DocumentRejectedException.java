package com.billaudit.intake;

/**
 * A document the service cannot read, with the reason as a stable code that the HTTP layer maps
 * to a status and the analysis records as its error.
 */
public final class DocumentRejectedException extends RuntimeException {

    public enum Reason {
        /** Zero bytes, or no text at all. */
        EMPTY("empty_document"),
        /** Not a type the service reads (decided from the bytes). */
        UNSUPPORTED_TYPE("unsupported_type"),
        /** Bytes that claim a type but do not parse as it. */
        CORRUPT("corrupt_document"),
        /** A password-protected PDF. */
        ENCRYPTED("encrypted_document"),
        /** Over the byte, page, pixel, character or line limits. */
        TOO_LARGE("document_too_large"),
        /** Images need OCR and no OCR engine is available. */
        OCR_UNAVAILABLE("ocr_unavailable"),
        /** Reading did not finish within its time budget. */
        TIMEOUT("intake_timeout");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public DocumentRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DocumentRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

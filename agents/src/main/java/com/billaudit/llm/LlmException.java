package com.billaudit.llm;

/**
 * An LLM call that gave no usable answer. The agents turn it into an empty result, and the
 * orchestrator then runs the step in rules mode.
 */
public final class LlmException extends RuntimeException {

    /** Why the call gave nothing usable; also the label of the error metric. */
    public enum Reason {
        /** The call (or the bill's budget) ran out of time. */
        TIMEOUT,
        /** The shared call budget (calls per minute) is spent. */
        NO_PERMIT,
        /** The endpoint kept answering 429 after all retries. */
        RATE_LIMITED,
        /** The endpoint failed (5xx after all retries, 4xx, connection refused). */
        ENDPOINT_ERROR,
        /** The answer was not JSON of the expected shape. */
        MALFORMED_ANSWER,
        /** The answer was well-formed but failed our validation against the input. */
        INVALID_ANSWER,
        /** The calling thread was interrupted. */
        INTERRUPTED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Reason reason;

    public LlmException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public LlmException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}

package com.billaudit.llm;

/** Port: what the LLM layer reports for metrics (calls, tokens, errors, grounding rejections). */
public interface LlmListener {

    LlmListener NONE = new LlmListener() {
    };

    /** One HTTP call answered, with the tokens it used (0 when the endpoint does not say). */
    default void called(String agent, long durationMs, int tokensIn, int tokensOut) {
    }

    /** An answer was served from the cache: no call was made. */
    default void cacheHit(String agent) {
    }

    /** A call (after its retries) or its answer's validation failed. */
    default void failed(String agent, LlmException.Reason reason) {
    }

    /** Rows or answers the LLM produced that the document does not support. */
    default void groundingRejected(String agent, int count) {
    }
}

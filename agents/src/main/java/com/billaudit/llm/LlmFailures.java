package com.billaudit.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.service.output.OutputParsingException;

import java.net.http.HttpTimeoutException;

/** Translates what langchain4j and the HTTP client throw into our {@link LlmException} reasons. */
final class LlmFailures {

    private LlmFailures() {
    }

    static LlmException translate(String agent, Throwable failure) {
        LlmException.Reason reason = reasonOf(failure);
        return new LlmException(reason, agent + ": " + reason.code() + ": " + failure.getMessage(), failure);
    }

    /** Only throttling and server faults are worth another try; a bad request or a bad answer is not. */
    static boolean isRetryable(LlmException failure) {
        return failure.reason() == LlmException.Reason.RATE_LIMITED
                || failure.reason() == LlmException.Reason.ENDPOINT_ERROR && isServerFault(failure.getCause());
    }

    private static LlmException.Reason reasonOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RateLimitException || statusOf(t) == 429) {
                return LlmException.Reason.RATE_LIMITED;
            }
            if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof HttpTimeoutException) {
                return LlmException.Reason.TIMEOUT;
            }
            if (t instanceof OutputParsingException || t instanceof JsonProcessingException) {
                return LlmException.Reason.MALFORMED_ANSWER;
            }
        }
        return LlmException.Reason.ENDPOINT_ERROR;
    }

    private static boolean isServerFault(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InternalServerException || statusOf(t) >= 500) {
                return true;
            }
        }
        return false;
    }

    private static int statusOf(Throwable t) {
        return t instanceof HttpException http ? http.statusCode() : -1;
    }
}

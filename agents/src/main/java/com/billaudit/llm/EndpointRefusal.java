package com.billaudit.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InvalidRequestException;

import java.util.Locale;

/**
 * An endpoint's 400 ("bad request") that names what it refused, read from the error text: servers
 * word it differently, but they all name the parameter.
 */
record EndpointRefusal(String text) {

    /** The refusal in {@code failure}'s chain, or null when it is not a bad request. */
    static EndpointRefusal of(Throwable failure) {
        StringBuilder text = new StringBuilder();
        boolean badRequest = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            badRequest |= t instanceof InvalidRequestException
                    || t instanceof HttpException http && (http.statusCode() == 400 || http.statusCode() == 422);
            text.append(t.getMessage()).append('\n');
        }
        return badRequest ? new EndpointRefusal(text.toString().toLowerCase(Locale.ROOT)) : null;
    }

    /** Reasoning models refuse {@code temperature} and {@code max_tokens}. */
    boolean samplingParameters() {
        return text.contains("temperature") || text.contains("max_tokens");
    }

    boolean responseFormat() {
        return text.contains("response_format") || text.contains("json_schema") || text.contains("json_object")
                || text.contains("response format");
    }
}

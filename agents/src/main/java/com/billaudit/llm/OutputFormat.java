package com.billaudit.llm;

import java.util.Locale;

/**
 * How an endpoint is asked for JSON. Servers differ: OpenAI, recent vLLM, Ollama and LM Studio
 * accept a JSON schema; older servers only {@code json_object}; some nothing at all. Whatever
 * the format, every answer is parsed and validated by our code.
 */
public enum OutputFormat {
    /** Start with a JSON schema and step down when the endpoint rejects it. */
    AUTO,
    /** {@code response_format: json_schema} (strict). */
    JSON_SCHEMA,
    /** {@code response_format: json_object}, the schema given in the prompt. */
    JSON_OBJECT,
    /** No response_format; the schema in the prompt and the JSON object cut out of the reply. */
    NONE;

    /** The next format to try after the endpoint rejected this one, or null when there is none. */
    OutputFormat weaker() {
        return switch (this) {
            case AUTO, JSON_SCHEMA -> JSON_OBJECT;
            case JSON_OBJECT -> NONE;
            case NONE -> null;
        };
    }

    public static OutputFormat fromSetting(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("LLM_RESPONSE_FORMAT must be auto, json_schema, json_object or none, got '"
                    + value + "'", e);
        }
    }
}

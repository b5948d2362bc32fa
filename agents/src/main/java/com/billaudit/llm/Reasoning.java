package com.billaudit.llm;

import java.util.Locale;

/**
 * Whether the model is a reasoning model (o1/o3/o4, gpt-5...): those refuse {@code temperature}
 * and {@code max_tokens} and want {@code max_completion_tokens}.
 */
public enum Reasoning {
    /** Send the classic parameters; switch for good when the endpoint rejects one of them. */
    AUTO,
    YES,
    NO;

    public static Reasoning fromSetting(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "true", "yes", "1", "on" -> YES;
            case "false", "no", "0", "off" -> NO;
            default -> throw new IllegalArgumentException("LLM_REASONING must be auto, true or false, got '" + value + "'");
        };
    }
}

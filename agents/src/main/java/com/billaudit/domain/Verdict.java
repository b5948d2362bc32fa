package com.billaudit.domain;

import java.util.Locale;

/** The overall judgement on a bill. */
public enum Verdict {
    OK, WARNING, CRITICAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict fromCode(String code) {
        return code == null ? null : valueOf(code.toUpperCase(Locale.ROOT));
    }
}

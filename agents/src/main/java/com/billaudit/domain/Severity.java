package com.billaudit.domain;

import java.util.Locale;

public enum Severity {
    INFO, WARNING, CRITICAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

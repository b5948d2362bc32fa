package com.billaudit.persistence.analysis;

import java.util.Locale;

public enum AnalysisStatus {
    QUEUED, PROCESSING, COMPLETED, FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinished() {
        return this == COMPLETED || this == FAILED;
    }

    public static AnalysisStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}

package com.billaudit.pipeline;

import java.util.Locale;

/**
 * Where an analysis is (contract 1.1 {@code progress.stage}): queued until a worker claims it,
 * then the stage of the agent running. Intake of a scanned document reports {@link #OCR} as its
 * pages are read.
 */
public enum ProgressStage {
    QUEUED, INTAKE, OCR, EXTRACTION, AUDIT, EXPLANATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProgressStage fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The stage an agent of {@link AnalysisPipeline} belongs to. */
    public static ProgressStage ofAgent(String agent) {
        return switch (agent) {
            case AnalysisPipeline.INTAKE -> INTAKE;
            case AnalysisPipeline.CLASSIFICATION, AnalysisPipeline.EXTRACTION -> EXTRACTION;
            case AnalysisPipeline.EXPLANATION -> EXPLANATION;
            default -> AUDIT;
        };
    }
}

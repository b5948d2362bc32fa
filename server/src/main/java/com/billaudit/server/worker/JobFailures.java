package com.billaudit.server.worker;

import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.pipeline.AgentTimeoutException;

/** The stable error code and message an analysis is failed with, by what ended it. */
record JobFailures(String code, String message) {
    static final String ANALYSIS_ERROR = "analysis_error";
    static final String ANALYSIS_CRASHED = "analysis_crashed";
    static final String RESOURCE_EXHAUSTED = "resource_exhausted";

    static JobFailures of(Throwable failure) {
        return switch (failure) {
            case DocumentRejectedException e -> new JobFailures(e.reason().code(), e.getMessage());
            case AgentTimeoutException e -> new JobFailures(e.code(), e.getMessage());
            case OutOfMemoryError e -> new JobFailures(RESOURCE_EXHAUSTED,
                    "The analysis ran out of memory: the document is too large or too complex to analyse");
            case StackOverflowError e -> new JobFailures(ANALYSIS_CRASHED,
                    "The analysis crashed (stack overflow): the document is nested too deeply or has too long a run of text to analyse");
            case VirtualMachineError e -> new JobFailures(RESOURCE_EXHAUSTED,
                    "The analysis exhausted the service's resources (" + e.getClass().getSimpleName() + ")");
            case Error e -> new JobFailures(ANALYSIS_CRASHED, "The analysis crashed (" + e.getClass().getSimpleName() + ")");
            default -> new JobFailures(ANALYSIS_ERROR, "The analysis failed unexpectedly");
        };
    }
}

package com.billaudit.persistence.analysis;

/** Why an analysis failed: a stable code and a sentence for people. */
public record AnalysisError(String code, String message) {
}

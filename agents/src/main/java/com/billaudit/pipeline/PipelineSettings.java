package com.billaudit.pipeline;

import com.billaudit.audit.AuditSettings;

import java.time.Duration;

/**
 * @param intakeBudget how long reading the document (PDF text, OCR) may take
 * @param agentTimeout how long any other single agent may take before it is recorded as failed
 */
public record PipelineSettings(Duration intakeBudget, Duration agentTimeout, AuditSettings audit) {

    public static PipelineSettings defaults() {
        return new PipelineSettings(Duration.ofSeconds(120), Duration.ofSeconds(20), AuditSettings.defaults());
    }
}

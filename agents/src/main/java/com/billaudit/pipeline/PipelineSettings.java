package com.billaudit.pipeline;

import com.billaudit.audit.AuditSettings;

import java.time.Duration;

/**
 * @param intakeBudget      how long reading the document (PDF text, OCR) may take
 * @param agentTimeout      how long any other single agent's rules may take before it is cancelled
 * @param extractionTimeout how long extracting the line items may take (a required step: past it the analysis fails)
 * @param llmTimeout        the longest a single LLM call may take; an agent with an LLM path gets this much
 *                          time for it on top of its own before its rules take over
 */
public record PipelineSettings(Duration intakeBudget, Duration agentTimeout, Duration extractionTimeout,
                               Duration llmTimeout, AuditSettings audit) {

    public static final Duration DEFAULT_EXTRACTION_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_LLM_TIMEOUT = Duration.ofSeconds(30);

    /** Extraction and LLM calls on their defaults. */
    public PipelineSettings(Duration intakeBudget, Duration agentTimeout, AuditSettings audit) {
        this(intakeBudget, agentTimeout, DEFAULT_EXTRACTION_TIMEOUT, DEFAULT_LLM_TIMEOUT, audit);
    }

    public static PipelineSettings defaults() {
        return new PipelineSettings(Duration.ofSeconds(600), Duration.ofSeconds(20), AuditSettings.defaults());
    }
}

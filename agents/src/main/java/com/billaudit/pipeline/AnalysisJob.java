package com.billaudit.pipeline;

import com.billaudit.domain.DocumentInfo;
import com.billaudit.domain.Rulebook;

/**
 * One document to analyse against one rulebook.
 *
 * @param mediaType the type sniffed from the bytes at upload
 * @param region    region code for region-specific rates, or null
 */
public record AnalysisJob(byte[] content, String mediaType, DocumentInfo document, Rulebook rulebook, String region) {
}

package com.billaudit.pipeline;

import com.billaudit.domain.DocumentInfo;
import com.billaudit.domain.Rulebook;
import com.billaudit.rulebook.PreparedRulebook;
import com.billaudit.rulebook.RulebookSource;

import java.time.LocalDate;

/**
 * One document to analyse against one scheme.
 *
 * @param mediaType the type sniffed from the bytes at upload
 * @param rulebook  a rulebook to use whatever the bill's date, or null when {@code rulebooks} decides
 * @param region    region code for region-specific rates, or null
 * @param rulebooks the scheme's rulebook by bill date, or null to use {@code rulebook}
 */
public record AnalysisJob(byte[] content, String mediaType, DocumentInfo document, Rulebook rulebook, String region,
                          RulebookSource rulebooks) {

    /** A job audited against one given rulebook. */
    public AnalysisJob(byte[] content, String mediaType, DocumentInfo document, Rulebook rulebook, String region) {
        this(content, mediaType, document, rulebook, region, null);
    }

    /** The rulebook for a bill dated {@code billDate}. */
    public PreparedRulebook rulebookFor(LocalDate billDate) {
        if (rulebooks != null) {
            return rulebooks.forDate(billDate);
        }
        if (rulebook == null) {
            throw new IllegalStateException("the job names no rulebook");
        }
        return PreparedRulebook.of(rulebook);
    }
}

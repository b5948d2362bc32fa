package com.billaudit.persistence.analysis;

/**
 * Where a running analysis is, as its worker last wrote it (contract 1.1 {@code progress}).
 *
 * @param stage     the stage code ({@code intake}, {@code ocr}, ...), or null before the worker wrote any
 * @param pagesDone pages read so far, or null
 * @param pages     pages the document has, or null while unknown
 */
public record AnalysisProgress(String stage, Integer pagesDone, Integer pages) {
    public static final AnalysisProgress NONE = new AnalysisProgress(null, null, null);
}

package com.billaudit.persistence.analysis;

import java.util.List;

/** @param nextCursor opaque cursor of the next page, null on the last page */
public record AnalysisPage(List<AnalysisSummary> items, String nextCursor) {
}

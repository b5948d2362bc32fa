package com.billaudit.server.analysis;

import java.util.List;

/** {@code {"items": [summary], "nextCursor": "…"|null}}. */
public record AnalysisPageJson(List<AnalysisSummaryJson> items, String nextCursor) {
}

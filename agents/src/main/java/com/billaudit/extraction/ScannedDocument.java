package com.billaudit.extraction;

import java.util.List;

/**
 * What a pass over a document found: the charge rows in document order, the summary rows,
 * and whether a table header was seen at all.
 */
record ScannedDocument(List<DraftItem> items, List<SummaryRow> summaries, boolean headerFound, TableHeader header) {
    ScannedDocument {
        items = List.copyOf(items);
        summaries = List.copyOf(summaries);
    }
}

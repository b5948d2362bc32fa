package com.billaudit.llm.vision;

import com.billaudit.domain.LineItem;
import com.billaudit.domain.StatedTotals;

import java.util.List;

/**
 * What the model read on page images.
 *
 * @param rows   the chargeable rows, each {@code uncertain} unless something independent confirms its figures
 * @param stated the summary figures it read that OCR's digits on the page confirm
 */
public record PageReading(List<LineItem> rows, StatedTotals stated) {
    public PageReading {
        rows = List.copyOf(rows);
    }
}

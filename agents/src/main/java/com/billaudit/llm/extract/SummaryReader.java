package com.billaudit.llm.extract;

import com.billaudit.domain.StatedTotals;

import java.math.BigDecimal;

/** The LLM's summary rows, each kept only when the page prints that figure. */
public final class SummaryReader {

    private SummaryReader() {
    }

    public static StatedTotals read(ExtractedSummary summary, PageEvidence page) {
        if (summary == null) {
            return StatedTotals.NONE;
        }
        return new StatedTotals(grounded(summary.subtotal(), page), grounded(summary.discount(), page),
                grounded(summary.tax(), page), grounded(summary.total(), page));
    }

    /** Summary rows usually close the last page, so a later page's figure wins over an earlier one's. */
    public static StatedTotals later(StatedTotals earlier, StatedTotals later) {
        return new StatedTotals(pick(later.subtotal(), earlier.subtotal()), pick(later.discount(), earlier.discount()),
                pick(later.tax(), earlier.tax()), pick(later.statedTotal(), earlier.statedTotal()));
    }

    private static BigDecimal grounded(String printed, PageEvidence page) {
        return MoneyText.parse(printed).filter(page::printsAmount).orElse(null);
    }

    private static BigDecimal pick(BigDecimal preferred, BigDecimal fallback) {
        return preferred != null ? preferred : fallback;
    }
}

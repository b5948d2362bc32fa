package com.billaudit.llm.vision;

import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Whether the figures a model read from page images are supported by something the model did
 * not say: the digits OCR read on that page (each printing supporting one row), or the bill's own
 * arithmetic (the rows summing to a total read independently). A row whose amount has neither,
 * or whose quantity and unit price neither multiply to its amount nor are printed, is
 * {@code uncertain}: never a confident amount.
 */
final class FigureSupport {
    private final BigDecimal tolerance;

    FigureSupport(BigDecimal tolerance) {
        this.tolerance = tolerance;
    }

    /**
     * @param printed          what OCR read on each page, by page number
     * @param independentTotal what the rows must sum to by the bill's own printed totals (read by
     *                         OCR, not the model), or null when none was read
     */
    List<LineItem> checked(List<LineItem> rows, Map<Integer, PrintedFigures> printed, BigDecimal independentTotal) {
        boolean sumConfirmed = independentTotal != null && !rows.isEmpty()
                && sum(rows).subtract(independentTotal).abs().compareTo(tolerance) <= 0;
        return rows.stream().map(row -> supported(row, printed.get(row.page()), sumConfirmed) ? row
                : row.withUncertain(true)).toList();
    }

    private boolean supported(LineItem row, PrintedFigures page, boolean sumConfirmed) {
        boolean amount = sumConfirmed || page != null && page.take(row.amount());
        return amount && (multiplies(row) || page != null && page.prints(row.unitPrice()));
    }

    private boolean multiplies(LineItem row) {
        return row.quantity() != null && row.unitPrice() != null
                && row.quantity().multiply(row.unitPrice()).subtract(row.amount()).abs().compareTo(tolerance) <= 0;
    }

    private static BigDecimal sum(List<LineItem> rows) {
        return rows.stream().map(LineItem::amount).reduce(Money.ZERO, BigDecimal::add);
    }
}

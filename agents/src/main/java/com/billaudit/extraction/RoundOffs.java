package com.billaudit.extraction;

import com.billaudit.domain.Money;
import com.billaudit.domain.StatedTotals;

import java.math.BigDecimal;
import java.util.List;

/**
 * A printed round-off ("Round Off 0.40") is part of the bill's arithmetic. Bills print it with or
 * without its sign, so the sign taken is the one that closes the total; a round-off that closes
 * nothing is left out rather than guessed.
 */
final class RoundOffs {
    private static final BigDecimal PAISE = new BigDecimal("0.01");

    private RoundOffs() {
    }

    static StatedTotals settle(StatedTotals stated, List<DraftItem> items, List<SummaryRow> summaries) {
        List<SummaryRow> rows = summaries.stream().filter(r -> r.kind() == SummaryKind.ROUND_OFF).toList();
        if (rows.isEmpty() || stated.statedTotal() == null || items.isEmpty()) {
            return stated;
        }
        BigDecimal printed = rows.getLast().amount().abs();
        if (printed.signum() == 0 || printed.compareTo(BigDecimal.ONE) > 0) {
            return stated;
        }
        BigDecimal charges = items.stream().map(i -> i.charge.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal discount = stated.discount() == null ? BigDecimal.ZERO : stated.discount();
        BigDecimal tax = stated.tax() == null || stated.taxIncluded() ? BigDecimal.ZERO : stated.tax();
        BigDecimal gap = stated.statedTotal().subtract(charges.subtract(discount).add(tax));
        return gap.abs().subtract(printed).abs().compareTo(PAISE) <= 0 ? stated.withRoundOff(Money.scaled(gap)) : stated;
    }
}

package com.billaudit.server.analysis;

import com.billaudit.domain.Totals;

import java.math.BigDecimal;

import static com.billaudit.server.analysis.AnalysisJson.money;

/** The contract's {@code totals} object; money at two decimals. */
public record TotalsJson(BigDecimal lineItems, BigDecimal discount, BigDecimal tax, BigDecimal statedTotal,
                         BigDecimal recoverable, BigDecimal recoverablePct) {

    static TotalsJson of(Totals totals) {
        Totals t = totals == null ? Totals.EMPTY : totals;
        return new TotalsJson(money(t.lineItems()), money(t.discount()), money(t.tax()), money(t.statedTotal()),
                money(t.recoverable()), money(t.recoverablePct()));
    }
}

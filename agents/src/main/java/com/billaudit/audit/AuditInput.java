package com.billaudit.audit;

import com.billaudit.domain.LineItem;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.StatedTotals;

import java.util.List;

/** What every audit rule reads: the bill's lines (matched or not), its stated totals and the rulebook. */
public record AuditInput(List<LineItem> items, StatedTotals stated, Rulebook rulebook, AuditSettings settings) {
    public AuditInput {
        items = List.copyOf(items);
    }
}

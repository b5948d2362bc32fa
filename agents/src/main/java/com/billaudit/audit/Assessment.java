package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.StatedTotals;

import java.util.List;

/** Caps each line's recoverable money at its amount, sums the totals and reaches the verdict. */
public final class Assessment {
    private Assessment() {
    }

    public static AuditOutcome assess(List<LineItem> items, StatedTotals stated, List<Finding> findings,
                                      AuditSettings settings) {
        throw new UnsupportedOperationException("TODO");
    }
}

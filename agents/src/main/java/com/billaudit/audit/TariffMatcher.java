package com.billaudit.audit;

import com.billaudit.domain.LineItem;
import com.billaudit.domain.Rulebook;

import java.util.List;

/** Matches bill lines to the rulebook's tariff rows (normalisation, aliases, fuzzy similarity). */
public final class TariffMatcher {

    public TariffMatcher(Rulebook rulebook, String region, AuditSettings settings) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Each item with its best match set (null when none is confident enough). */
    public List<LineItem> matchAll(List<LineItem> items) {
        throw new UnsupportedOperationException("TODO");
    }
}

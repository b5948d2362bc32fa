package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.Severity;

import java.util.List;
import java.util.Map;

/** UNMATCHED (info, no money): a line no reference rate matched confidently, so its price went unchecked. */
public final class UnmatchedRule implements AuditRule {
    public static final String RULE_ID = "rate.unmatched";

    @Override
    public List<Finding> apply(AuditInput input) {
        return input.items().stream()
                .filter(item -> item.match() == null || item.match().similarity() < input.settings().matchThreshold())
                .map(item -> new Finding(FindingType.UNMATCHED, Severity.INFO, List.of(item.index()), Money.ZERO,
                        "No reference rate matched '" + item.description() + "' confidently, so its price was not checked.",
                        RULE_ID, item.confidence(), Map.of("description", item.description() == null ? "" : item.description(),
                        "matchThreshold", input.settings().matchThreshold())))
                .toList();
    }
}

package com.billaudit.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One thing an audit rule found.
 *
 * @param lineItems  1-based indexes of the line items concerned (empty for bill-level findings)
 * @param amount     money recoverable because of it, scale 2, never negative
 * @param ruleId     stable id of the rule that fired, e.g. {@code rate.overcharge}
 * @param evidence   the figures the finding rests on (JSON-friendly values only)
 */
public record Finding(FindingType type, Severity severity, List<Integer> lineItems, BigDecimal amount,
                      String message, String ruleId, double confidence, Map<String, Object> evidence) {
    public Finding {
        lineItems = List.copyOf(lineItems);
        evidence = Map.copyOf(evidence);
    }

    public Finding withAmount(BigDecimal newAmount) {
        return new Finding(type, severity, lineItems, newAmount, message, ruleId, confidence, evidence);
    }
}

package com.billaudit.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One thing an audit rule found.
 *
 * @param lineItems  1-based indexes of the line items concerned (empty for bill-level findings)
 * @param amount     money at stake, scale 2, never negative: recoverable unless the finding is
 *                   {@linkplain #counted() not counted}
 * @param ruleId     stable id of the rule that fired, e.g. {@code rate.overcharge}
 * @param evidence   the figures the finding rests on (JSON-friendly values only)
 */
public record Finding(FindingType type, Severity severity, List<Integer> lineItems, BigDecimal amount,
                      String message, String ruleId, double confidence, Map<String, Object> evidence) {
    /** Evidence key: {@code false} when the amount is reported but not counted into recoverable. */
    public static final String COUNTED = "counted";
    /**
     * Evidence key: why a finding is not counted ({@link #UNDER_TOTAL}, {@link #UNCONFIRMED}, {@link #INFERRED_DATE},
     * {@link #ALREADY_COUNTED}).
     */
    public static final String NOT_COUNTED_BECAUSE = "notCountedBecause";
    /** A stated total below the lines: a sign of an altered figure, not money the patient paid. */
    public static final String UNDER_TOTAL = "stated total below the lines";
    /** The finding rests on figures that were read unsure and nothing confirmed. */
    public static final String UNCONFIRMED = "rests on unconfirmed figures";
    /** A duplicate whose same day rests on a date inferred from the rows around it, not read as printed. */
    public static final String INFERRED_DATE = "rests on a date inferred, not read";
    /** Every line of the finding is already claimed in full by another finding (a duplicated non-payable charge). */
    public static final String ALREADY_COUNTED = "its lines are already counted by another finding";

    public Finding {
        lineItems = List.copyOf(lineItems);
        evidence = Map.copyOf(evidence);
    }

    /**
     * Whether the amount counts into the analysis's recoverable money. The evidence says so, so a
     * stored report keeps the decision; findings without the key (all before contract 1.1) count.
     */
    public boolean counted() {
        return !Boolean.FALSE.equals(evidence.get(COUNTED));
    }

    /** What the finding adds to recoverable: its amount when counted, else nothing. */
    public BigDecimal recoverable() {
        return counted() && amount != null ? amount : Money.ZERO;
    }

    /** The same finding reported but not counted, at {@code newConfidence}, saying why in its evidence. */
    public Finding notCounted(String because, double newConfidence) {
        Map<String, Object> marked = new java.util.HashMap<>(evidence);
        marked.put(COUNTED, false);
        marked.put(NOT_COUNTED_BECAUSE, because);
        return new Finding(type, severity, lineItems, amount, message, ruleId, newConfidence, marked);
    }

    public Finding withAmount(BigDecimal newAmount) {
        return new Finding(type, severity, lineItems, newAmount, message, ruleId, confidence, evidence);
    }
}

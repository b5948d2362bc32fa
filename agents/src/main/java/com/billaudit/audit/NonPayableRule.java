package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.NonPayableItem;
import com.billaudit.domain.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * NON_PAYABLE: a line that is an item of the scheme's non-payable list (its name or an alias,
 * compared with the same normaliser as tariff matching). The threshold is stricter than for
 * tariff matching because the whole line amount is at stake: "Mask" must not catch "Oxygen
 * Mask Ventilation".
 */
public final class NonPayableRule implements AuditRule {
    public static final String RULE_ID = "list.non-payable";
    /** Never below this similarity, whatever the tariff threshold is set to. */
    static final double MIN_SIMILARITY = 0.90;

    /** The list's names prepared for look-up, or null to prepare them from each input's rulebook. */
    private final NameIndex<NonPayableItem> prepared;
    private final List<NonPayableItem> preparedFor;

    /** Prepares the input's list on every call (a rule used once). */
    public NonPayableRule() {
        this.prepared = null;
        this.preparedFor = null;
    }

    /** A rule for one non-payable list, its names prepared once: see {@link NonPayableRules}. */
    NonPayableRule(List<NonPayableItem> list) {
        this.preparedFor = List.copyOf(list);
        this.prepared = new NameIndex<>(preparedFor, NonPayableRule::names);
    }

    @Override
    public List<Finding> apply(AuditInput input) {
        if (input.rulebook() == null || input.rulebook().nonPayable().isEmpty()) {
            return List.of();
        }
        NameIndex<NonPayableItem> index = prepared != null && preparedFor.equals(input.rulebook().nonPayable()) ? prepared
                : new NameIndex<>(input.rulebook().nonPayable(), NonPayableRule::names);
        double threshold = Math.max(MIN_SIMILARITY, input.settings().matchThreshold());
        List<Finding> findings = new ArrayList<>();
        for (LineItem item : input.items()) {
            if (!Money.isPositive(item.amount())) {
                continue;
            }
            index.search(item.description(), 1).stream()
                    .filter(hit -> hit.similarity() >= threshold)
                    .findFirst()
                    .ifPresent(hit -> findings.add(finding(item, hit)));
        }
        return findings;
    }

    private static Finding finding(LineItem item, NameIndex.Hit<NonPayableItem> hit) {
        NonPayableItem listed = hit.owner();
        String reason = listed.reason() == null || listed.reason().isBlank() ? "the scheme does not pay for it"
                : listed.reason();
        String message = String.format("'%s' is on the scheme's non-payable list as '%s' (%s): %s is recoverable.",
                item.description(), listed.name(), reason, Charges.format(Charges.amount(item)));
        Map<String, Object> evidence = new HashMap<>();
        evidence.put("listedName", listed.name());
        evidence.put("matchedName", hit.name());
        evidence.put("category", listed.category() == null ? "" : listed.category());
        evidence.put("reason", reason);
        evidence.put("similarity", Math.round(hit.similarity() * 1000) / 1000.0);
        evidence.put("amount", Charges.amount(item));
        return new Finding(FindingType.NON_PAYABLE, Severity.WARNING, List.of(item.index()), Charges.amount(item),
                message, RULE_ID, Math.min(hit.similarity(), item.confidence()), evidence);
    }

    private static List<String> names(NonPayableItem item) {
        List<String> names = new ArrayList<>();
        names.add(item.name());
        names.addAll(item.aliases());
        return names;
    }
}

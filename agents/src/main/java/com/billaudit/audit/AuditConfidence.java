package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.Totals;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How sure the audit is of its verdict, 0..1: how well the lines were read (mean line
 * confidence) × how sure the money findings are (their confidence weighted by amount) × how
 * much of the bill could be checked at all (a bill whose lines mostly matched no reference rate
 * may hide overcharges, so an "ok" on it is less certain).
 */
final class AuditConfidence {
    private static final double UNCHECKED_WEIGHT = 0.3;

    private AuditConfidence() {
    }

    static double of(List<LineItem> items, List<Finding> findings, Totals totals) {
        if (items.isEmpty()) {
            return 1.0;
        }
        double reading = items.stream().mapToDouble(LineItem::confidence).average().orElse(1.0);
        double result = reading * findingsCertainty(findings) * (1 - UNCHECKED_WEIGHT * (1 - checkedShare(items, findings, totals)));
        return Math.round(Math.max(0, Math.min(1, result)) * 100) / 100.0;
    }

    private static double findingsCertainty(List<Finding> findings) {
        double weighted = 0;
        double money = 0;
        for (Finding f : findings) {
            if (Money.isPositive(f.recoverable())) {
                weighted += f.confidence() * f.recoverable().doubleValue();
                money += f.recoverable().doubleValue();
            }
        }
        return money == 0 ? 1.0 : weighted / money;
    }

    /** Share of the billed money on lines that were matched to a rate or found non-payable. */
    private static double checkedShare(List<LineItem> items, List<Finding> findings, Totals totals) {
        if (totals.lineItems().signum() <= 0) {
            return 1.0;
        }
        Set<Integer> nonPayable = new HashSet<>();
        findings.stream().filter(f -> f.type() == FindingType.NON_PAYABLE).forEach(f -> nonPayable.addAll(f.lineItems()));
        BigDecimal checked = items.stream()
                .filter(i -> i.match() != null || nonPayable.contains(i.index()))
                .map(Charges::amount)
                .reduce(Money.ZERO, BigDecimal::add);
        return checked.doubleValue() / totals.lineItems().doubleValue();
    }
}

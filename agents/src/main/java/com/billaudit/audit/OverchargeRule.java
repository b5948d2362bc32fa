package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.Severity;
import com.billaudit.domain.TariffMatch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * OVERCHARGE: a confidently matched line whose unit price is above the reference rate plus the
 * scheme's tolerance. The whole difference to the rate is recoverable, not just the part above
 * the tolerance: the tolerance only decides whether to raise it. Rates are per unit (per day,
 * per test, per tablet), so the unit price is what is compared.
 */
public final class OverchargeRule implements AuditRule {
    public static final String RULE_ID = "rate.overcharge";
    /** From this multiple of the rate on, an overcharge is critical. */
    private static final BigDecimal CRITICAL_RATIO = new BigDecimal("1.5");

    @Override
    public List<Finding> apply(AuditInput input) {
        BigDecimal tolerance = tolerance(input);
        List<Finding> findings = new ArrayList<>();
        for (LineItem item : input.items()) {
            TariffMatch match = item.match();
            if (match == null || match.rate() == null || match.rate().signum() <= 0
                    || match.similarity() < input.settings().matchThreshold()) {
                continue;
            }
            BigDecimal unitPrice = Charges.unitPrice(item);
            BigDecimal allowed = Money.scaled(match.rate().multiply(BigDecimal.ONE.add(tolerance)));
            if (unitPrice.compareTo(allowed) > 0) {
                findings.add(finding(item, match, unitPrice, allowed, tolerance));
            }
        }
        return findings;
    }

    static BigDecimal tolerance(AuditInput input) {
        var scheme = input.rulebook() == null ? null : input.rulebook().scheme();
        return scheme != null && scheme.overchargeTolerance() != null
                ? scheme.overchargeTolerance() : input.settings().defaultTolerance();
    }

    private static Finding finding(LineItem item, TariffMatch match, BigDecimal unitPrice, BigDecimal allowed,
                                   BigDecimal tolerance) {
        BigDecimal quantity = Charges.quantity(item);
        BigDecimal excess = Money.times(unitPrice.subtract(match.rate()), quantity);
        boolean critical = unitPrice.compareTo(match.rate().multiply(CRITICAL_RATIO)) >= 0;
        String message = String.format("'%s' is billed at %s per unit; the reference rate for %s (%s) is %s %s, "
                        + "so %s × %s = %s was overcharged.", item.description(), Charges.format(unitPrice),
                match.name(), match.code(), Charges.format(match.rate()), match.unit() == null ? "" : match.unit(),
                Charges.format(unitPrice.subtract(match.rate())), Charges.formatQuantity(quantity),
                Charges.format(excess)).replace("  ", " ");
        Map<String, Object> evidence = Map.of("code", match.code(), "referenceName", match.name(),
                "rate", match.rate(), "unit", match.unit() == null ? "" : match.unit(), "unitPrice", unitPrice,
                "quantity", quantity, "tolerance", tolerance, "allowedUnitPrice", allowed,
                "similarity", match.similarity());
        return new Finding(FindingType.OVERCHARGE, critical ? Severity.CRITICAL : Severity.WARNING,
                List.of(item.index()), excess, message, RULE_ID, Math.min(match.similarity(), item.confidence()),
                evidence);
    }
}

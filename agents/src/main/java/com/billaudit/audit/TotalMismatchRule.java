package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.Money;
import com.billaudit.domain.Severity;
import com.billaudit.domain.StatedTotals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * TOTAL_MISMATCH: the bill's stated total differs from its lines − discount + tax by more than
 * the tolerance. When it asks for more, the excess is recoverable; when it asks for less, the
 * patient loses nothing and the finding is information with amount 0 (the
 * {@link Assessment} also uses it to drop line errors the total never charged).
 */
public final class TotalMismatchRule implements AuditRule {
    public static final String RULE_ID = "total.mismatch";
    private static final double SUBTOTAL_DISAGREES = 0.5;

    @Override
    public List<Finding> apply(AuditInput input) {
        StatedTotals stated = input.stated() == null ? StatedTotals.NONE : input.stated();
        if (stated.statedTotal() == null || input.items().isEmpty()) {
            return List.of();
        }
        BigDecimal lines = input.items().stream().map(Charges::amount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal discount = orZero(stated.discount());
        BigDecimal tax = orZero(stated.tax());
        BigDecimal computed = Money.scaled(lines.subtract(discount).add(tax));
        BigDecimal difference = Money.scaled(stated.statedTotal()).subtract(computed);
        if (difference.abs().compareTo(input.settings().totalTolerance()) <= 0) {
            return List.of();
        }
        boolean overstated = difference.signum() > 0;
        String equation = Charges.format(lines) + " − " + Charges.format(discount) + " + " + Charges.format(tax)
                + " = " + Charges.format(computed);
        String message = overstated
                ? "The bill asks for " + Charges.format(stated.statedTotal()) + " but its lines come to " + equation
                  + ": " + Charges.format(difference) + " more than the charges listed."
                : "The bill asks for " + Charges.format(stated.statedTotal()) + ", less than its lines come to ("
                  + equation + "); nothing to recover.";
        Map<String, Object> evidence = new java.util.HashMap<>(Map.of("lineItems", lines, "discount", discount,
                "tax", tax, "computedTotal", computed, "statedTotal", Money.scaled(stated.statedTotal()),
                "difference", difference));
        double confidence = confidence(input);
        if (stated.subtotal() != null) {
            evidence.put("subtotal", Money.scaled(stated.subtotal()));
            // a printed subtotal that the lines do not reach suggests a line was missed in reading
            if (Money.scaled(stated.subtotal()).subtract(lines).abs().compareTo(input.settings().totalTolerance()) > 0) {
                confidence *= SUBTOTAL_DISAGREES;
            }
        }
        return List.of(new Finding(FindingType.TOTAL_MISMATCH, overstated ? Severity.WARNING : Severity.INFO, List.of(),
                overstated ? difference : Money.ZERO, message, RULE_ID, confidence, evidence));
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? Money.ZERO : Money.scaled(value);
    }

    private static double confidence(AuditInput input) {
        return input.items().stream().mapToDouble(i -> i.confidence()).average().orElse(1.0);
    }
}

package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ARITHMETIC: a line whose amount is not quantity × unit price (beyond the larger of the absolute
 * and the relative tolerance). The excess billed is recoverable. A line billed for less than its
 * quantity × price costs the patient nothing, so it is reported as information with amount 0: it
 * may also mean a figure was misread. When several lines are billed for less, that is one
 * observation (most likely a column read wrongly, e.g. the M.R.P. taken as the quantity), so
 * they are reported together in one information finding rather than one per line. A line read
 * unsure ({@link LineItem#uncertain()}) never produces one: its figures disagreeing is as likely
 * the reading as the bill.
 */
public final class ArithmeticRule implements AuditRule {
    public static final String RULE_ID = "arithmetic.line";
    /** From this many under-billed lines on, they are reported together. */
    static final int UNDERBILLED_TOGETHER = 3;

    @Override
    public List<Finding> apply(AuditInput input) {
        List<Finding> findings = new ArrayList<>();
        for (LineItem item : input.items()) {
            if (item.uncertain() || item.unitPrice() == null || item.amount() == null) {
                continue;
            }
            BigDecimal expected = Money.times(Charges.quantity(item), item.unitPrice());
            BigDecimal amount = Charges.amount(item);
            BigDecimal difference = amount.subtract(expected);
            BigDecimal tolerance = Money.max(input.settings().arithmeticAbsolute(),
                    Money.scaled(amount.abs().multiply(input.settings().arithmeticRelative())));
            if (difference.abs().compareTo(tolerance) > 0) {
                findings.add(finding(item, expected, amount, difference, tolerance));
            }
        }
        List<Finding> underbilled = findings.stream().filter(f -> f.amount().signum() == 0).toList();
        if (underbilled.size() >= UNDERBILLED_TOGETHER) {
            findings.removeAll(underbilled);
            findings.add(together(underbilled));
        }
        return findings;
    }

    private static Finding together(List<Finding> underbilled) {
        List<Integer> lines = underbilled.stream().flatMap(f -> f.lineItems().stream()).toList();
        String message = lines.size() + " lines are billed for less than quantity × unit price (lines "
                + String.join(", ", lines.stream().map(String::valueOf).toList())
                + "); nothing to recover, but their quantity or price columns may have been read wrongly.";
        double confidence = underbilled.stream().mapToDouble(Finding::confidence).min().orElse(1.0);
        return new Finding(FindingType.ARITHMETIC, Severity.INFO, lines, Money.ZERO, message, RULE_ID, confidence,
                Map.of("lines", underbilled.stream().map(Finding::evidence).toList()));
    }

    private static Finding finding(LineItem item, BigDecimal expected, BigDecimal amount, BigDecimal difference,
                                   BigDecimal tolerance) {
        boolean overbilled = difference.signum() > 0;
        String figures = Charges.formatQuantity(Charges.quantity(item)) + " × " + Charges.format(item.unitPrice())
                + " = " + Charges.format(expected);
        String message = overbilled
                ? "'" + item.description() + "' is billed at " + Charges.format(amount) + " but " + figures
                  + ": " + Charges.format(difference) + " too much."
                : "'" + item.description() + "' is billed at " + Charges.format(amount) + ", less than " + figures
                  + "; nothing to recover, but check the line was read correctly.";
        Map<String, Object> evidence = Map.of("quantity", Charges.quantity(item), "unitPrice", Money.scaled(item.unitPrice()),
                "expectedAmount", expected, "billedAmount", amount, "difference", difference, "tolerance", tolerance);
        return new Finding(FindingType.ARITHMETIC, overbilled ? Severity.WARNING : Severity.INFO, List.of(item.index()),
                overbilled ? difference : Money.ZERO, message, RULE_ID, item.confidence(), evidence);
    }
}

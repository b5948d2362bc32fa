package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.Money;
import com.billaudit.domain.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * TOTAL_MISMATCH, judged per printed bill: a bill's stated total differs from its own lines −
 * discount + tax (not when printed as included) + round-off by more than the tolerance. When it
 * asks for more, the excess is recoverable. When it asks for less, the gap is reported (a total
 * below the charges is a sign of a pasted or altered figure) with {@code direction: "under"},
 * as information that is not counted into recoverable; the {@link Assessment} also uses it to
 * drop line errors the total never charged.
 */
public final class TotalMismatchRule implements AuditRule {
    public static final String RULE_ID = "total.mismatch";
    public static final String OVER = "over";
    public static final String UNDER = "under";
    /** Evidence key: the index of the bill the finding is about. */
    public static final String BILL = "bill";
    private static final double SUBTOTAL_DISAGREES = 0.5;

    @Override
    public List<Finding> apply(AuditInput input) {
        List<BillSums> bills = input.perBill();
        List<Finding> findings = new ArrayList<>();
        for (BillSums bill : bills) {
            if (bill.statedTotal() != null && !bill.items().isEmpty()) {
                mismatch(bill, bills.size() > 1, input.settings()).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static Optional<Finding> mismatch(BillSums bill, boolean several, AuditSettings settings) {
        BigDecimal computed = bill.computedTotal();
        BigDecimal difference = bill.statedTotal().subtract(computed);
        if (difference.abs().compareTo(settings.totalTolerance()) <= 0) {
            return Optional.empty();
        }
        boolean overstated = difference.signum() > 0;
        String which = several ? "Bill " + bill.index() : "The bill";
        String message = overstated
                ? which + " asks for " + Charges.format(bill.statedTotal()) + " but its lines come to " + equation(bill)
                  + ": " + Charges.format(difference) + " more than the charges listed."
                : which + " asks for " + Charges.format(bill.statedTotal()) + ", " + Charges.format(difference.abs())
                  + " less than its lines come to (" + equation(bill) + "). Nothing to recover, but a total below "
                  + "the charges may mean a figure was altered or misread.";
        Map<String, Object> evidence = new HashMap<>(Map.of(BILL, bill.index(), "lineItems", bill.lines(),
                "discount", bill.discount(), "tax", bill.tax(), "taxIncluded", bill.stated().taxIncluded(),
                "roundOff", bill.roundOff(), "computedTotal", computed, "statedTotal", bill.statedTotal(),
                "difference", difference, "direction", overstated ? OVER : UNDER));
        double confidence = bill.items().stream().mapToDouble(i -> i.confidence()).average().orElse(1.0);
        if (bill.stated().subtotal() != null) {
            BigDecimal subtotal = Money.scaled(bill.stated().subtotal());
            evidence.put("subtotal", subtotal);
            // a printed subtotal that the lines do not reach suggests a line was missed in reading
            if (subtotal.subtract(bill.lines()).abs().compareTo(settings.totalTolerance()) > 0) {
                confidence *= SUBTOTAL_DISAGREES;
            }
        }
        Finding finding = new Finding(FindingType.TOTAL_MISMATCH, overstated ? Severity.WARNING : Severity.INFO,
                List.of(), difference.abs(), message, RULE_ID, confidence, evidence);
        return Optional.of(overstated ? finding : finding.notCounted(Finding.UNDER_TOTAL, confidence));
    }

    private static String equation(BillSums bill) {
        StringBuilder sum = new StringBuilder(Charges.format(bill.lines()));
        if (bill.discount().signum() != 0) {
            sum.append(" − ").append(Charges.format(bill.discount()));
        }
        if (bill.tax().signum() != 0) {
            sum.append(bill.stated().taxIncluded() ? " (tax " + Charges.format(bill.tax()) + " included)"
                    : " + " + Charges.format(bill.tax()));
        }
        if (bill.roundOff().signum() != 0) {
            sum.append(bill.roundOff().signum() > 0 ? " + " : " − ").append(Charges.format(bill.roundOff().abs()))
                    .append(" round-off");
        }
        return sum.append(" = ").append(Charges.format(bill.computedTotal())).toString();
    }
}

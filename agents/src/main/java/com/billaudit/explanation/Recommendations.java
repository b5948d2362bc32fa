package com.billaudit.explanation;

import com.billaudit.audit.Charges;
import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.Money;
import com.billaudit.domain.Totals;
import com.billaudit.domain.Verdict;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the reader should do next, one sentence per kind of problem, the money first. */
final class Recommendations {
    private Recommendations() {
    }

    static List<String> of(Map<FindingType, List<Finding>> byType, Totals totals, Verdict verdict) {
        List<String> out = new ArrayList<>();
        if (verdict != null && verdict != Verdict.OK) {
            out.add("Ask the hospital for a corrected bill or a refund of " + Charges.format(totals.recoverable())
                    + ", quoting the findings of this audit.");
        }
        money(byType, FindingType.OVERCHARGE).ifPresent(sum -> out.add("Ask for " + lines(byType, FindingType.OVERCHARGE)
                + " to be re-priced at the scheme's reference rates (" + sum + " too much)."));
        money(byType, FindingType.DUPLICATE).ifPresent(sum -> out.add("Ask for the repeated charges on "
                + lines(byType, FindingType.DUPLICATE) + " to be removed (" + sum + ")."));
        money(byType, FindingType.NON_PAYABLE).ifPresent(sum -> out.add("Expect the scheme not to reimburse "
                + lines(byType, FindingType.NON_PAYABLE) + " (" + sum + "); ask the hospital whether they can be waived."));
        money(byType, FindingType.ARITHMETIC).ifPresent(sum -> out.add("Ask for " + lines(byType, FindingType.ARITHMETIC)
                + " to be recalculated as quantity × unit price (" + sum + " too much)."));
        money(byType, FindingType.TOTAL_MISMATCH).ifPresent(sum -> out.add("Ask for a corrected final total: it is "
                + sum + " more than the charges, less discount, plus tax."));
        int unmatched = byType.get(FindingType.UNMATCHED).size();
        if (unmatched > 0) {
            out.add("Ask for an itemised bill with standard service names or codes so that the " + unmatched
                    + (unmatched == 1 ? " unchecked line" : " unchecked lines") + " can be checked too.");
        }
        if (out.isEmpty()) {
            out.add("No action needed: keep the bill and its receipts for the claim.");
        }
        return out;
    }

    private static java.util.Optional<String> money(Map<FindingType, List<Finding>> byType, FindingType type) {
        BigDecimal sum = byType.get(type).stream().map(Finding::recoverable).filter(Money::isPositive)
                .reduce(Money.ZERO, BigDecimal::add);
        return sum.signum() > 0 ? java.util.Optional.of(Charges.format(sum)) : java.util.Optional.empty();
    }

    private static String lines(Map<FindingType, List<Finding>> byType, FindingType type) {
        List<Integer> lines = byType.get(type).stream().filter(f -> Money.isPositive(f.recoverable()))
                .flatMap(f -> f.lineItems().stream()).distinct().sorted().toList();
        return (lines.size() == 1 ? "line " : "lines ") + String.join(", ", lines.stream().map(String::valueOf).toList());
    }
}

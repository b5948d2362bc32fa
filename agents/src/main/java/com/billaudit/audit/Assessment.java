package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.StatedTotals;
import com.billaudit.domain.Totals;
import com.billaudit.domain.Verdict;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Caps each line's recoverable money at its amount, sums the totals and reaches the verdict.
 *
 * <p>Money is claimed line by line in a fixed order, so that overlapping findings never count the
 * same money twice: a non-payable line is wholly recoverable, so nothing else on it adds more; a
 * duplicate copy is wholly recoverable, so its own overcharge adds nothing; then arithmetic
 * (billed above quantity × price), then overcharge (price above the rate) on what is left. A
 * finding whose money was all claimed before is dropped. A duplicate claims its copies, not the
 * first line. When the bill's stated total is lower than its lines by exactly their arithmetic
 * excess, the total never charged that excess and it is not recoverable.
 */
public final class Assessment {
    private static final List<FindingType> CLAIM_ORDER = List.of(FindingType.NON_PAYABLE, FindingType.DUPLICATE,
            FindingType.ARITHMETIC, FindingType.OVERCHARGE);

    private Assessment() {
    }

    public static AuditOutcome assess(List<LineItem> items, StatedTotals stated, List<Finding> findings,
                                      AuditSettings settings) {
        StatedTotals printed = stated == null ? StatedTotals.NONE : stated;
        BigDecimal lineTotal = items.stream().map(Charges::amount).reduce(Money.ZERO, BigDecimal::add);
        List<Finding> capped = cap(items, findings, uncharged(lineTotal, printed, findings, settings));
        Totals totals = totals(lineTotal, printed, capped);
        Verdict verdict = verdict(totals, settings);
        return new AuditOutcome(ordered(capped), totals, verdict, AuditConfidence.of(items, capped, totals));
    }

    /**
     * The arithmetic excess the stated total never charged: when the total is lower than the lines
     * − discount + tax by just the lines' arithmetic excess, the bill was added up from quantity ×
     * price and the inflated line amounts were not asked for. Any other shortfall (a discount
     * misread, say) proves nothing about the lines, so nothing is forgiven then.
     */
    private static BigDecimal uncharged(BigDecimal lineTotal, StatedTotals stated, List<Finding> findings,
                                        AuditSettings settings) {
        if (stated.statedTotal() == null) {
            return Money.ZERO;
        }
        BigDecimal computed = lineTotal.subtract(TotalMismatchRule.orZero(stated.discount()))
                .add(TotalMismatchRule.orZero(stated.tax()));
        BigDecimal shortfall = Money.scaled(computed.subtract(stated.statedTotal()));
        BigDecimal arithmetic = findings.stream().filter(f -> f.type() == FindingType.ARITHMETIC)
                .map(Finding::amount).filter(Money::isPositive).reduce(Money.ZERO, BigDecimal::add);
        boolean explained = shortfall.compareTo(settings.totalTolerance()) > 0
                && shortfall.subtract(arithmetic).abs().compareTo(settings.totalTolerance()) <= 0;
        return explained ? arithmetic : Money.ZERO;
    }

    private static List<Finding> cap(List<LineItem> items, List<Finding> findings, BigDecimal uncharged) {
        Map<Integer, BigDecimal> left = new HashMap<>();
        items.forEach(item -> left.put(item.index(), Charges.amount(item).max(Money.ZERO)));
        BigDecimal unchargedLeft = uncharged;
        List<Finding> out = new ArrayList<>();
        for (Finding finding : findings.stream().sorted(Comparator.comparingInt(Assessment::claimRank)).toList()) {
            if (!Money.isPositive(finding.amount()) || finding.lineItems().isEmpty()) {
                out.add(finding);
                continue;
            }
            BigDecimal wanted = Money.scaled(finding.amount());
            if (finding.type() == FindingType.ARITHMETIC && unchargedLeft.signum() > 0) {
                BigDecimal neverCharged = Money.min(wanted, unchargedLeft);
                unchargedLeft = unchargedLeft.subtract(neverCharged);
                wanted = wanted.subtract(neverCharged);
            }
            BigDecimal granted = claim(finding, wanted, left);
            if (granted.compareTo(Money.scaled(finding.amount())) == 0) {
                out.add(finding);
            } else if (granted.signum() > 0) {
                out.add(reduced(finding, granted));
            }
        }
        return out;
    }

    /** Takes up to {@code wanted} from the finding's lines (copies before the first line); returns what was taken. */
    private static BigDecimal claim(Finding finding, BigDecimal wanted, Map<Integer, BigDecimal> left) {
        List<Integer> lines = new ArrayList<>(finding.lineItems());
        if (lines.size() > 1) {
            lines.add(lines.removeFirst());
        }
        BigDecimal still = wanted;
        for (Integer line : lines) {
            BigDecimal available = left.getOrDefault(line, Money.ZERO);
            BigDecimal take = Money.min(still, available);
            left.put(line, available.subtract(take));
            still = still.subtract(take);
        }
        return Money.scaled(wanted.subtract(still));
    }

    private static Finding reduced(Finding finding, BigDecimal granted) {
        Map<String, Object> evidence = new HashMap<>(finding.evidence());
        evidence.put("claimedAmount", Money.scaled(finding.amount()));
        evidence.put("cappedAmount", granted);
        String note = " Counted as " + Charges.format(granted)
                + ": the rest is already counted by another finding on the same line, or was never charged in the total.";
        return new Finding(finding.type(), finding.severity(), finding.lineItems(), granted, finding.message() + note,
                finding.ruleId(), finding.confidence(), evidence);
    }

    private static Totals totals(BigDecimal lineTotal, StatedTotals stated, List<Finding> findings) {
        BigDecimal recoverable = findings.stream().map(f -> Money.scaled(f.amount())).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal pct = lineTotal.signum() > 0
                ? recoverable.multiply(Money.HUNDRED).divide(lineTotal, 2, RoundingMode.HALF_UP)
                : Money.ZERO;
        return new Totals(Money.scaled(lineTotal), TotalMismatchRule.orZero(stated.discount()),
                TotalMismatchRule.orZero(stated.tax()), Money.scaled(stated.statedTotal()), recoverable, pct);
    }

    static Verdict verdict(Totals totals, AuditSettings settings) {
        if (totals.recoverable().compareTo(settings.okBelow()) < 0) {
            return Verdict.OK;
        }
        return totals.recoverablePct().compareTo(settings.criticalPct()) >= 0 ? Verdict.CRITICAL : Verdict.WARNING;
    }

    private static int claimRank(Finding finding) {
        int rank = CLAIM_ORDER.indexOf(finding.type());
        return rank < 0 ? CLAIM_ORDER.size() : rank;
    }

    /** Findings in bill order: by first line, bill-level ones after the lines, information last. */
    private static List<Finding> ordered(List<Finding> findings) {
        return findings.stream()
                .sorted(Comparator.comparing((Finding f) -> !Money.isPositive(f.amount()))
                        .thenComparingInt(f -> f.lineItems().isEmpty() ? Integer.MAX_VALUE : f.lineItems().getFirst())
                        .thenComparingInt(Assessment::claimRank))
                .toList();
    }
}

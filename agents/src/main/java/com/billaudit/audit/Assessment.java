package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.PrintedBill;
import com.billaudit.domain.StatedTotals;
import com.billaudit.domain.Totals;
import com.billaudit.domain.Verdict;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Caps each line's recoverable money at its amount, sums the totals and reaches the verdict.
 *
 * <p>Money is claimed line by line in a fixed order, so that overlapping findings never count the
 * same money twice: a non-payable line is wholly recoverable, so nothing else on it adds more; a
 * duplicate copy is wholly recoverable, so its own overcharge adds nothing; then arithmetic
 * (billed above quantity × price), then overcharge (price above the rate) on what is left. A
 * finding whose money was all claimed before is dropped, except a duplicate: it is kept, not
 * counted (contract: a line's recoverable amounts across findings never exceed its amount, and
 * nothing limits a line to one finding). A duplicate claims its copies, not the
 * first line. When a bill's stated total is lower than its lines by exactly their arithmetic
 * excess, the total never charged that excess and it is not recoverable.
 *
 * <p>Only counted findings make up recoverable money (contract 1.1): a finding that rests on a
 * line read unsure ({@link LineItem#uncertain()}), or a total mismatch on a bill with such lines
 * or read by OCR with no printed subtotal confirming its lines (a misread total or a missed row
 * looks the same as an overstated total there), is kept with lower confidence and
 * {@code evidence.counted = false}; so is a stated total below the lines. Uncounted findings claim nothing from their lines. Totals sum the upload's bills.
 */
public final class Assessment {
    private static final List<FindingType> CLAIM_ORDER = List.of(FindingType.NON_PAYABLE, FindingType.DUPLICATE,
            FindingType.ARITHMETIC, FindingType.OVERCHARGE);
    /**
     * A charge billed twice is a fact of the bill whatever the scheme pays: when another finding
     * (non-payable) already claims all its copies' money, the duplicate is still reported, uncounted.
     * An excess or a rate on a line the scheme does not pay at all says nothing more than that line's finding.
     */
    private static final Set<FindingType> FACTS_OF_THE_BILL = Set.of(FindingType.DUPLICATE);
    /** How much less sure a finding is when a figure it rests on was read unsure. */
    private static final double UNCONFIRMED_CONFIDENCE = 0.5;

    private Assessment() {
    }

    /** The upload read as one bill with {@code stated} as its summary rows. */
    public static AuditOutcome assess(List<LineItem> items, StatedTotals stated, List<Finding> findings,
                                      AuditSettings settings) {
        return assess(items, stated, List.of(), findings, settings);
    }

    /** @param bills the printed bills of the upload (empty: the whole upload is one bill with {@code stated}) */
    public static AuditOutcome assess(List<LineItem> items, StatedTotals stated, List<PrintedBill> bills,
                                      List<Finding> findings, AuditSettings settings) {
        return assess(items, stated, bills, findings, settings, false);
    }

    /**
     * @param readByOcr some page was read by OCR: a stated total above lines read surely may then be a
     *                  misread total or a row the reading missed as much as an overcharge, so it counts
     *                  only when a printed subtotal equal to the lines shows every row was read
     */
    public static AuditOutcome assess(List<LineItem> items, StatedTotals stated, List<PrintedBill> bills,
                                      List<Finding> findings, AuditSettings settings, boolean readByOcr) {
        StatedTotals printed = stated == null ? StatedTotals.NONE : stated;
        List<BillSums> perBill = BillSums.of(items, bills, printed);
        List<Finding> weighed = unconfirmedNotCounted(findings, items, perBill, readByOcr, settings);
        List<Finding> capped = cap(items, weighed, uncharged(perBill, weighed, settings));
        Totals totals = totals(items, perBill, printed, capped);
        Verdict verdict = verdict(totals, settings);
        return new AuditOutcome(ordered(capped), totals, verdict, AuditConfidence.of(items, capped, totals),
                perBill.stream().map(BillSums::totals).toList());
    }

    /**
     * Findings that rest on a line read unsure, or on the total of a bill with such lines or read by
     * OCR without a subtotal confirming its lines, are not counted.
     */
    private static List<Finding> unconfirmedNotCounted(List<Finding> findings, List<LineItem> items,
                                                       List<BillSums> bills, boolean readByOcr, AuditSettings settings) {
        Set<Integer> uncertainLines = new HashSet<>();
        items.stream().filter(LineItem::uncertain).forEach(item -> uncertainLines.add(item.index()));
        Set<Integer> uncertainBills = new HashSet<>();
        bills.stream().filter(bill -> bill.anyUncertain() || readByOcr && !bill.subtotalConfirmsLines(settings.totalTolerance()))
                .forEach(bill -> uncertainBills.add(bill.index()));
        return findings.stream().map(finding -> {
            boolean unconfirmed = finding.lineItems().stream().anyMatch(uncertainLines::contains)
                    || finding.type() == FindingType.TOTAL_MISMATCH
                    && finding.evidence().get(TotalMismatchRule.BILL) instanceof Integer bill && uncertainBills.contains(bill);
            return unconfirmed && finding.counted() && Money.isPositive(finding.amount())
                    ? finding.notCounted(Finding.UNCONFIRMED, finding.confidence() * UNCONFIRMED_CONFIDENCE)
                    : finding;
        }).toList();
    }

    /**
     * The arithmetic excess each bill's stated total never charged: when a bill's total is lower
     * than its lines − discount + tax by just its lines' arithmetic excess, the bill was added up
     * from quantity × price and the inflated line amounts were not asked for. Any other shortfall
     * (a discount misread, say) proves nothing about the lines, so nothing is forgiven then.
     */
    private static Map<Integer, BigDecimal> uncharged(List<BillSums> bills, List<Finding> findings,
                                                      AuditSettings settings) {
        Map<Integer, BigDecimal> uncharged = new HashMap<>();
        for (BillSums bill : bills) {
            if (bill.statedTotal() == null) {
                continue;
            }
            Set<Integer> lines = new HashSet<>();
            bill.items().forEach(item -> lines.add(item.index()));
            BigDecimal shortfall = bill.computedTotal().subtract(bill.statedTotal());
            BigDecimal arithmetic = findings.stream()
                    .filter(f -> f.type() == FindingType.ARITHMETIC && lines.containsAll(f.lineItems()))
                    .map(Finding::recoverable).reduce(Money.ZERO, BigDecimal::add);
            boolean explained = shortfall.compareTo(settings.totalTolerance()) > 0
                    && shortfall.subtract(arithmetic).abs().compareTo(settings.totalTolerance()) <= 0;
            if (explained) {
                uncharged.put(bill.index(), arithmetic);
            }
        }
        return uncharged;
    }

    private static List<Finding> cap(List<LineItem> items, List<Finding> findings, Map<Integer, BigDecimal> uncharged) {
        Map<Integer, BigDecimal> left = new HashMap<>();
        Map<Integer, Integer> billOf = new HashMap<>();
        items.forEach(item -> {
            left.put(item.index(), Charges.amount(item).max(Money.ZERO));
            billOf.put(item.index(), item.bill());
        });
        Map<Integer, BigDecimal> unchargedLeft = new HashMap<>(uncharged);
        List<Finding> out = new ArrayList<>();
        for (Finding finding : findings.stream().sorted(Comparator.comparingInt(Assessment::claimRank)).toList()) {
            if (!finding.counted() || !Money.isPositive(finding.amount()) || finding.lineItems().isEmpty()) {
                out.add(finding);
                continue;
            }
            BigDecimal wanted = Money.scaled(finding.amount());
            Integer bill = billOf.get(finding.lineItems().getFirst());
            BigDecimal neverChargedLeft = bill == null ? Money.ZERO : unchargedLeft.getOrDefault(bill, Money.ZERO);
            if (finding.type() == FindingType.ARITHMETIC && neverChargedLeft.signum() > 0) {
                BigDecimal neverCharged = Money.min(wanted, neverChargedLeft);
                unchargedLeft.put(bill, neverChargedLeft.subtract(neverCharged));
                wanted = wanted.subtract(neverCharged);
            }
            BigDecimal granted = claim(finding, wanted, left);
            if (granted.compareTo(Money.scaled(finding.amount())) == 0) {
                out.add(finding);
            } else if (granted.signum() > 0) {
                out.add(reduced(finding, granted));
            } else if (wanted.signum() > 0 && FACTS_OF_THE_BILL.contains(finding.type())) {
                // a duplicated non-payable charge is still a duplicate: reported, its money counted once
                out.add(finding.notCounted(Finding.ALREADY_COUNTED, finding.confidence()));
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

    /** The upload's totals: the sums of its bills; recoverable counts only counted findings. */
    private static Totals totals(List<LineItem> items, List<BillSums> bills, StatedTotals stated,
                                 List<Finding> findings) {
        BigDecimal lineTotal = items.stream().map(Charges::amount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal recoverable = findings.stream().map(f -> Money.scaled(f.recoverable()))
                .reduce(Money.ZERO, BigDecimal::add);
        BigDecimal pct = lineTotal.signum() > 0
                ? recoverable.multiply(Money.HUNDRED).divide(lineTotal, 2, RoundingMode.HALF_UP)
                : Money.ZERO;
        BigDecimal discount = bills.stream().map(BillSums::discount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal tax = bills.stream().map(BillSums::tax).reduce(Money.ZERO, BigDecimal::add);
        return new Totals(Money.scaled(lineTotal), discount, tax, BillSums.statedTotal(bills, stated), recoverable, pct);
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
                .sorted(Comparator.comparing((Finding f) -> !Money.isPositive(f.recoverable()))
                        .thenComparingInt(f -> f.lineItems().isEmpty() ? Integer.MAX_VALUE : f.lineItems().getFirst())
                        .thenComparingInt(Assessment::claimRank))
                .toList();
    }
}

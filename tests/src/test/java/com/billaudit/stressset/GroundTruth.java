package com.billaudit.stressset;

import com.billaudit.domain.Money;
import com.billaudit.stressset.Bill.Line;
import com.billaudit.stressset.SchemeCatalog.TariffItem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The expected analysis of a bill, derived from its lines by the contract's audit rules
 * (api-contract.md, default thresholds), in the dev set's expected/*.json shape.
 */
final class GroundTruth {
    static final BigDecimal TOLERANCE = new BigDecimal("0.10");

    record ExpectedLine(int index, String description, String date, BigDecimal quantity, double unitPrice, double amount,
                        String code, boolean hardVariant) {
    }

    record ExpectedTotals(double lineItems, double discount, double tax, Double statedTotal, double recoverable,
                          double recoverablePct) {
    }

    record ExpectedFinding(String type, List<Integer> lines, double amount) {
    }

    record Expected(String documentType, List<ExpectedLine> lineItems, ExpectedTotals totals,
                    List<ExpectedFinding> findings, String verdict) {
    }

    private final Map<String, TariffItem> tariff;

    GroundTruth(List<TariffItem> tariff) {
        this.tariff = tariff.stream().collect(Collectors.toMap(TariffItem::code, Function.identity()));
    }

    static Expected notABill() {
        return new Expected("not_a_bill", List.of(), null, List.of(), null);
    }

    Expected of(Bill bill) {
        List<Line> lines = bill.lines();
        List<ExpectedLine> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            items.add(new ExpectedLine(i + 1, l.description(), l.date() == null ? null : l.date().toString(),
                    new BigDecimal(l.quantity().stripTrailingZeros().toPlainString()), l.unitPrice().doubleValue(), l.amount().doubleValue(), l.code(), l.hardVariant()));
        }
        List<ExpectedFinding> findings = new ArrayList<>();
        findings.addAll(duplicates(lines));
        for (int i = 0; i < lines.size(); i++) {
            lineFinding(lines.get(i), i + 1).ifPresent(findings::add);
        }
        BigDecimal excess = bill.statedTotal().subtract(bill.computedTotal());
        if (excess.abs().compareTo(Money.of(1)) > 0) {
            findings.add(new ExpectedFinding("TOTAL_MISMATCH", List.of(), excess.doubleValue()));
        }
        checkOneFindingPerLine(findings);
        BigDecimal lineTotal = bill.lineTotal();
        BigDecimal recoverable = findings.stream().map(f -> BigDecimal.valueOf(f.amount())).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal pct = lineTotal.signum() == 0 ? Money.ZERO
                : recoverable.multiply(Money.HUNDRED).divide(lineTotal, 2, RoundingMode.HALF_UP);
        String verdict = recoverable.compareTo(Money.of(1)) < 0 ? "ok" : pct.compareTo(BigDecimal.TEN) >= 0 ? "critical" : "warning";
        ExpectedTotals totals = new ExpectedTotals(lineTotal.doubleValue(), bill.discount().doubleValue(), bill.taxTotal().doubleValue(),
                bill.statedTotal().doubleValue(), Money.scaled(recoverable).doubleValue(), pct.doubleValue());
        checkPlantedIssues(bill, findings);
        return new Expected(bill.kind().documentType, items, totals, findings, verdict);
    }

    private java.util.Optional<ExpectedFinding> lineFinding(Line l, int index) {
        if (l.nonPayable()) {
            return java.util.Optional.of(new ExpectedFinding("NON_PAYABLE", List.of(index), l.amount().doubleValue()));
        }
        BigDecimal computed = Money.times(l.quantity(), l.unitPrice());
        BigDecimal slack = Money.max(Money.of(1), computed.multiply(new BigDecimal("0.005")));
        if (l.amount().subtract(computed).abs().compareTo(slack) > 0) {
            return java.util.Optional.of(new ExpectedFinding("ARITHMETIC", List.of(index), l.amount().subtract(computed).doubleValue()));
        }
        if (l.code() != null) {
            BigDecimal rate = tariff.get(l.code()).rate();
            if (l.unitPrice().compareTo(rate.multiply(BigDecimal.ONE.add(TOLERANCE))) > 0) {
                BigDecimal amount = Money.times(l.quantity(), l.unitPrice().subtract(rate));
                return java.util.Optional.of(new ExpectedFinding("OVERCHARGE", List.of(index), amount.doubleValue()));
            }
        }
        return java.util.Optional.empty();
    }

    /** Same normalised wording, same date (or both undated), same unit price: every copy after the first. */
    private static List<ExpectedFinding> duplicates(List<Line> lines) {
        Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            groups.computeIfAbsent(List.of(Wording.normalise(l.description()), Objects.toString(l.date()), l.unitPrice()),
                    k -> new ArrayList<>()).add(i + 1);
        }
        List<ExpectedFinding> out = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            if (group.size() > 1) {
                BigDecimal copies = group.subList(1, group.size()).stream().map(i -> lines.get(i - 1).amount())
                        .reduce(Money.ZERO, BigDecimal::add);
                out.add(new ExpectedFinding("DUPLICATE", group, copies.doubleValue()));
            }
        }
        return out;
    }

    // The contract caps a line's recoverable at its amount; the planner keeps findings on separate lines so no cap applies.
    private static void checkOneFindingPerLine(List<ExpectedFinding> findings) {
        Set<Integer> seen = new HashSet<>();
        for (ExpectedFinding f : findings) {
            for (int line : f.lines()) {
                if (!seen.add(line)) {
                    throw new IllegalStateException("line " + line + " carries two findings: " + findings);
                }
            }
        }
    }

    private static void checkPlantedIssues(Bill bill, List<ExpectedFinding> findings) {
        Map<String, Long> planted = bill.issues().stream().collect(Collectors.groupingBy(i -> i, Collectors.counting()));
        Map<String, Long> found = findings.stream().collect(Collectors.groupingBy(
                f -> f.type().toLowerCase(java.util.Locale.ROOT).replace("non_payable", "nonpayable"), Collectors.counting()));
        if (!planted.equals(found)) {
            throw new IllegalStateException("planted " + planted + " but the rules find " + found);
        }
    }
}

package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.BillTotals;
import com.billaudit.domain.Money;
import com.billaudit.domain.PrintedBill;
import com.billaudit.domain.Severity;
import com.billaudit.domain.StatedTotals;
import com.billaudit.domain.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.billaudit.audit.Bills.SETTINGS;
import static com.billaudit.audit.Bills.line;
import static com.billaudit.audit.Bills.matched;
import static com.billaudit.audit.Bills.stated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssessmentTest {

    private static Finding finding(FindingType type, String amount, Integer... lines) {
        return new Finding(type, Severity.WARNING, List.of(lines), Money.of(amount), type + " found", "test." + type,
                0.9, Map.of());
    }

    private static AuditOutcome assess(List<LineItem> items, StatedTotals stated, Finding... findings) {
        return Assessment.assess(items, stated, List.of(findings), SETTINGS);
    }

    private static BigDecimalAssert amountOf(AuditOutcome outcome, FindingType type) {
        return new BigDecimalAssert(outcome.findings().stream().filter(f -> f.type() == type)
                .map(Finding::amount).reduce(Money.ZERO, java.math.BigDecimal::add));
    }

    private record BigDecimalAssert(java.math.BigDecimal value) {
        void is(String expected) {
            assertEquals(Money.of(expected), value);
        }
    }

    @Test
    void totalsAndPercentageFollowTheContract() {
        List<LineItem> items = List.of(line(1, "A", "1", "600", "600"), line(2, "B", "1", "400", "400"));

        AuditOutcome outcome = assess(items, stated("50", "18", "968"), finding(FindingType.OVERCHARGE, "150", 1));

        assertEquals(Money.of("1000"), outcome.totals().lineItems());
        assertEquals(Money.of("50"), outcome.totals().discount());
        assertEquals(Money.of("18"), outcome.totals().tax());
        assertEquals(Money.of("968"), outcome.totals().statedTotal());
        assertEquals(Money.of("150"), outcome.totals().recoverable());
        assertEquals(Money.of("15.00"), outcome.totals().recoverablePct());
        assertEquals(Verdict.CRITICAL, outcome.verdict());
    }

    @Test
    void verdictThresholds() {
        List<LineItem> items = List.of(line(1, "A", "1", "1000", "1000"));

        assertEquals(Verdict.OK, assess(items, StatedTotals.NONE).verdict());
        assertEquals(Verdict.OK, assess(items, StatedTotals.NONE, finding(FindingType.OVERCHARGE, "0.99", 1)).verdict());
        assertEquals(Verdict.WARNING, assess(items, StatedTotals.NONE, finding(FindingType.OVERCHARGE, "1.00", 1)).verdict());
        assertEquals(Verdict.WARNING, assess(items, StatedTotals.NONE, finding(FindingType.OVERCHARGE, "99.90", 1)).verdict());
        assertEquals(Verdict.CRITICAL, assess(items, StatedTotals.NONE, finding(FindingType.OVERCHARGE, "100", 1)).verdict());
    }

    @Test
    void aNonPayableLineIsNotAlsoCountedAsOvercharged() {
        List<LineItem> items = List.of(line(1, "Pen torch", "1", "200", "200"));

        AuditOutcome outcome = assess(items, StatedTotals.NONE, finding(FindingType.OVERCHARGE, "80", 1),
                finding(FindingType.NON_PAYABLE, "200", 1));

        assertEquals(Money.of("200"), outcome.totals().recoverable());
        assertEquals(List.of(FindingType.NON_PAYABLE), outcome.findings().stream().map(Finding::type).toList());
    }

    @Test
    void aDuplicatedNonPayableChargeIsReportedAsBothAndCountedOnce() {
        // gloves issued twice on one day at one price, and the scheme pays for no gloves
        List<LineItem> items = List.of(line(1, "Sterile gloves 7", "2", "90.93", "181.86"),
                line(2, "Sterile gloves 7", "3", "90.93", "272.79"));

        AuditOutcome outcome = assess(items, StatedTotals.NONE, finding(FindingType.NON_PAYABLE, "181.86", 1),
                finding(FindingType.NON_PAYABLE, "272.79", 2), finding(FindingType.DUPLICATE, "272.79", 1, 2));

        assertEquals(Money.of("454.65"), outcome.totals().recoverable(), "each line's money once");
        Finding duplicate = outcome.findings().stream().filter(f -> f.type() == FindingType.DUPLICATE).findFirst().orElseThrow();
        assertEquals(Money.of("272.79"), duplicate.amount(), "the copy the bill repeats");
        assertEquals(Money.ZERO, duplicate.recoverable());
        assertEquals(Finding.ALREADY_COUNTED, duplicate.evidence().get(Finding.NOT_COUNTED_BECAUSE));
    }

    @Test
    void aDuplicateCopyThatIsAlsoOverchargedCountsOnce() {
        List<LineItem> items = List.of(line(1, "Test", "1", "600", "600"), line(2, "Test", "1", "600", "600"));

        AuditOutcome outcome = assess(items, StatedTotals.NONE, finding(FindingType.OVERCHARGE, "150", 1),
                finding(FindingType.OVERCHARGE, "150", 2), finding(FindingType.DUPLICATE, "600", 1, 2));

        assertEquals(Money.of("750"), outcome.totals().recoverable(), "the copy (600) plus the first line's overcharge");
        amountOf(outcome, FindingType.OVERCHARGE).is("150");
        assertEquals(List.of(1), outcome.findings().stream().filter(f -> f.type() == FindingType.OVERCHARGE)
                .findFirst().orElseThrow().lineItems());
    }

    @Test
    void arithmeticExcessAndOverchargeOnOneLineAddUpButNeverPastTheLine() {
        // 10 × 30 = 300 billed as 400 (100 too much) at a rate of 18 (120 too much): 220 of 400
        List<LineItem> items = List.of(line(1, "Tab", "10", "30", "400"));

        AuditOutcome outcome = assess(items, StatedTotals.NONE, finding(FindingType.ARITHMETIC, "100", 1),
                finding(FindingType.OVERCHARGE, "120", 1));
        assertEquals(Money.of("220"), outcome.totals().recoverable());

        AuditOutcome capped = assess(items, StatedTotals.NONE, finding(FindingType.ARITHMETIC, "100", 1),
                finding(FindingType.OVERCHARGE, "350", 1));
        assertEquals(Money.of("400"), capped.totals().recoverable());
        Finding overcharge = capped.findings().stream().filter(f -> f.type() == FindingType.OVERCHARGE).findFirst().orElseThrow();
        assertEquals(Money.of("300"), overcharge.amount());
        assertEquals(Money.of("350"), overcharge.evidence().get("claimedAmount"));
    }

    @Test
    void lineErrorsTheStatedTotalNeverChargedAreNotRecoverable() {
        // the line says 164 for 10 × 14.40 = 144, but the bill's total was computed from 144
        List<LineItem> items = List.of(line(1, "Tab", "10", "14.40", "164"), line(2, "Syrup", "1", "100", "100"));

        AuditOutcome outcome = assess(items, stated(null, null, "244"), finding(FindingType.ARITHMETIC, "20", 1));

        assertEquals(Money.ZERO, outcome.totals().recoverable());
        assertEquals(Verdict.OK, outcome.verdict());
    }

    @Test
    void aShortfallThatIsNotTheArithmeticExcessForgivesNothing() {
        // the total is 141 under the lines (a discount the reading missed, say), not the line's 20
        List<LineItem> items = List.of(line(1, "Tab", "10", "14.40", "164"), line(2, "Syrup", "1", "100", "100"));

        AuditOutcome outcome = assess(items, stated(null, null, "123"), finding(FindingType.ARITHMETIC, "20", 1));

        assertEquals(Money.of("20"), outcome.totals().recoverable());
    }

    @Test
    void aBillLevelMismatchIsKeptBesideLineFindings() {
        List<LineItem> items = List.of(line(1, "A", "1", "1000", "1000"));

        AuditOutcome outcome = assess(items, stated(null, null, "1500"), finding(FindingType.TOTAL_MISMATCH, "500"),
                finding(FindingType.OVERCHARGE, "100", 1));

        assertEquals(Money.of("600"), outcome.totals().recoverable());
        assertEquals(FindingType.OVERCHARGE, outcome.findings().getFirst().type(), "line findings first, in bill order");
    }

    @Test
    void informationFindingsStayWithoutMoneyAndComeLast() {
        List<LineItem> items = List.of(line(1, "A", "1", "100", "100"), line(2, "B", "1", "100", "100"));

        AuditOutcome outcome = assess(items, StatedTotals.NONE, finding(FindingType.UNMATCHED, "0", 1),
                finding(FindingType.OVERCHARGE, "10", 2));

        assertEquals(List.of(FindingType.OVERCHARGE, FindingType.UNMATCHED),
                outcome.findings().stream().map(Finding::type).toList());
        assertEquals(Money.of("10"), outcome.totals().recoverable());
    }

    @Test
    void confidenceFallsWithUncheckedLinesAndUnsureFindings() {
        LineItem checked = matched(line(1, "A", "1", "100", "100"), "T1", "100", 0.95);
        LineItem unchecked = line(2, "B", "1", "900", "900");

        double allChecked = assess(List.of(checked), StatedTotals.NONE).confidence();
        double mostlyUnchecked = assess(List.of(checked, unchecked), StatedTotals.NONE).confidence();

        assertTrue(allChecked > mostlyUnchecked, allChecked + " vs " + mostlyUnchecked);
        assertTrue(mostlyUnchecked > 0 && allChecked <= 1);
    }

    @Test
    void theRulesTogetherOnOneBill() {
        List<LineItem> lines = new ArrayList<>(List.of(
                line(1, "Serum Ferritin", "1", "600", "600"),
                line(2, "Serum Ferritin", "1", "600", "600"),
                line(3, "Pen Torch", "1", "80", "80"),
                line(4, "Tab Losartan 50 mg", "10", "3", "40")));
        var rulebook = Bills.rulebook(List.of(Bills.row("I1", "Serum Ferritin", "450", com.billaudit.domain.Category.INVESTIGATION),
                        Bills.row("M1", "Losartan 50 mg Tablet", "3", com.billaudit.domain.Category.MEDICINE)),
                List.of(new com.billaudit.domain.NonPayableItem("Pen Torch", "consumable", null, List.of())));
        StatedTotals stated = stated(null, null, "1320");
        AuditInput input = new AuditInput(lines, stated, rulebook, SETTINGS);
        List<LineItem> matched = new TariffMatcher(rulebook, null, SETTINGS).matchAll(lines);
        AuditInput withMatches = new AuditInput(matched, stated, rulebook, SETTINGS);
        List<Finding> findings = new ArrayList<>();
        for (AuditRule rule : List.of(new OverchargeRule(), new UnmatchedRule())) {
            findings.addAll(rule.apply(withMatches));
        }
        for (AuditRule rule : List.of(new DuplicateRule(), new NonPayableRule(), new ArithmeticRule(), new TotalMismatchRule())) {
            findings.addAll(rule.apply(input));
        }

        AuditOutcome outcome = Assessment.assess(matched, stated, findings, SETTINGS);

        // overcharge 150 on line 1, the copy 600, the torch 80, 10 too much on line 4
        assertEquals(Money.of("840"), outcome.totals().recoverable());
        assertEquals(Verdict.CRITICAL, outcome.verdict());
    }

    @Test
    void aStatedTotalBelowTheLinesAddsNothingToRecoverable() {
        List<LineItem> items = List.of(line(1, "A", "1", "1000", "1000"), line(2, "B", "1", "500", "500"));
        List<Finding> under = new TotalMismatchRule().apply(Bills.input(items, stated(null, null, "1200")));

        AuditOutcome outcome = Assessment.assess(items, stated(null, null, "1200"), under, SETTINGS);

        assertEquals(1, outcome.findings().size());
        assertEquals(Money.of("300"), outcome.findings().getFirst().amount());
        assertEquals(Money.ZERO, outcome.totals().recoverable());
        assertEquals(Verdict.OK, outcome.verdict());
    }

    @Test
    void aTotalAboveTheLinesOfAnOcrReadingCountsOnlyWhenASubtotalConfirmsTheLines() {
        List<LineItem> items = List.of(line(1, "A", "1", "1000", "1000"), line(2, "B", "1", "500", "500"));
        StatedTotals totalOnly = stated(null, null, "1800");
        StatedTotals withSubtotal = new StatedTotals(Money.of("1500"), null, null, Money.of("1800"));

        AuditOutcome typed = Assessment.assess(items, totalOnly, List.of(), new TotalMismatchRule().apply(Bills.input(items, totalOnly)),
                SETTINGS, false);
        AuditOutcome scanned = Assessment.assess(items, totalOnly, List.of(), new TotalMismatchRule().apply(Bills.input(items, totalOnly)),
                SETTINGS, true);
        AuditOutcome scannedConfirmed = Assessment.assess(items, withSubtotal, List.of(),
                new TotalMismatchRule().apply(Bills.input(items, withSubtotal)), SETTINGS, true);

        assertEquals(Money.of("300"), typed.totals().recoverable());
        assertEquals(Money.ZERO, scanned.totals().recoverable());
        assertEquals(1, scanned.findings().size(), "the mismatch is still reported");
        assertEquals(false, scanned.findings().getFirst().counted());
        assertEquals(Money.of("300"), scannedConfirmed.totals().recoverable());
    }

    @Test
    void findingsOnALineReadUnsureAreKeptButNotCounted() {
        LineItem unsure = line(1, "Pen torch", "1", "200", "200").withUncertain(true);
        LineItem clear = line(2, "Consultation", "1", "1000", "1000");

        AuditOutcome outcome = assess(List.of(unsure, clear), StatedTotals.NONE,
                finding(FindingType.NON_PAYABLE, "200", 1), finding(FindingType.OVERCHARGE, "50", 2));

        Finding kept = outcome.findings().stream().filter(f -> f.type() == FindingType.NON_PAYABLE).findFirst().orElseThrow();
        assertEquals(Money.of("200"), kept.amount());
        assertEquals(false, kept.evidence().get(Finding.COUNTED));
        assertEquals(Finding.UNCONFIRMED, kept.evidence().get(Finding.NOT_COUNTED_BECAUSE));
        assertTrue(kept.confidence() < 0.9);
        assertEquals(Money.of("50"), outcome.totals().recoverable());
        assertEquals(Verdict.WARNING, outcome.verdict());
    }

    @Test
    void anOverstatedTotalOfABillWithUnsureLinesIsNotCounted() {
        List<LineItem> items = List.of(Bills.onBill(1, line(1, "A", "1", "1000", "1000")),
                Bills.onBill(2, line(2, "B", "1", "500", "500").withUncertain(true)));
        List<PrintedBill> bills = List.of(Bills.printed(1, stated(null, null, "1000")),
                Bills.printed(2, stated(null, null, "800")));
        List<Finding> findings = new TotalMismatchRule().apply(Bills.input(items, bills));

        AuditOutcome outcome = Assessment.assess(items, StatedTotals.NONE, bills, findings, SETTINGS);

        assertEquals(1, outcome.findings().size());
        assertEquals(Money.of("300"), outcome.findings().getFirst().amount());
        assertEquals(Money.ZERO, outcome.totals().recoverable());
    }

    @Test
    void totalsSumTheBillsAndEachBillKeepsItsOwnMoney() {
        List<LineItem> items = List.of(Bills.onBill(1, line(1, "A", "1", "1000", "1000")),
                Bills.onBill(2, line(2, "B", "1", "500", "500")), Bills.onBill(2, line(3, "C", "1", "100", "100")));
        List<PrintedBill> bills = List.of(Bills.printed(1, stated("100", "90", "990")),
                Bills.printed(2, stated(null, "30", "600").withTaxIncluded(true).withRoundOff(Money.of("0.00"))));

        AuditOutcome outcome = Assessment.assess(items, StatedTotals.NONE, bills, List.of(), SETTINGS);

        assertEquals(Money.of("1600"), outcome.totals().lineItems());
        assertEquals(Money.of("100"), outcome.totals().discount());
        assertEquals(Money.of("120"), outcome.totals().tax());
        assertEquals(Money.of("1590"), outcome.totals().statedTotal());
        assertEquals(List.of(Money.of("1000"), Money.of("600")),
                outcome.bills().stream().map(BillTotals::lineItems).toList());
        assertTrue(outcome.bills().get(1).taxIncluded());
        assertEquals(List.of(2), outcome.bills().get(1).pages());
    }

    @Test
    void lineErrorsForgivenByAStatedTotalAreForgivenOnlyOnTheirOwnBill() {
        // bill 2 was added up from 10 × 14.40 = 144; bill 1's total says nothing about line 2
        List<LineItem> items = List.of(Bills.onBill(1, line(1, "Syrup", "1", "100", "100")),
                Bills.onBill(2, line(2, "Tab", "10", "14.40", "164")));
        List<PrintedBill> bills = List.of(Bills.printed(1, stated(null, null, "80")),
                Bills.printed(2, stated(null, null, "144")));

        AuditOutcome outcome = Assessment.assess(items, StatedTotals.NONE, bills,
                List.of(finding(FindingType.ARITHMETIC, "20", 2)), SETTINGS);

        assertEquals(Money.ZERO, outcome.totals().recoverable());
        List<PrintedBill> otherBillShort = List.of(Bills.printed(1, stated(null, null, "80")),
                Bills.printed(2, stated(null, null, "164")));
        assertEquals(Money.of("20"), Assessment.assess(items, StatedTotals.NONE, otherBillShort,
                List.of(finding(FindingType.ARITHMETIC, "20", 2)), SETTINGS).totals().recoverable());
    }
}

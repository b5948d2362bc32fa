package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static com.billaudit.audit.Bills.input;
import static com.billaudit.audit.Bills.line;
import static com.billaudit.audit.Bills.onBill;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DuplicateRuleTest {
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private final DuplicateRule rule = new DuplicateRule();

    @Test
    void theSameServiceTwiceOnTheSameDayRecoversTheCopy() {
        List<Finding> findings = rule.apply(input(List.of(
                line(1, "Serum Ferritin", MONDAY, "1", "450", "450"),
                line(2, "Ward bed", MONDAY, "1", "1000", "1000"),
                line(3, "SERUM FERRITIN", MONDAY, "1", "450", "450"))));

        assertEquals(1, findings.size());
        assertEquals(FindingType.DUPLICATE, findings.getFirst().type());
        assertEquals(List.of(1, 3), findings.getFirst().lineItems());
        assertEquals(Money.of("450.00"), findings.getFirst().amount());
    }

    /** A pharmacy ledger prints each dispensing's time beside its date. */
    @Test
    void onADayTwoDispensingsAtDifferentTimesAreNotCopiesButOneOrderEnteredTwiceIs() {
        LocalTime night = LocalTime.of(1, 14);
        LocalTime evening = LocalTime.of(19, 39);
        List<Finding> findings = rule.apply(input(List.of(
                line(1, "EXAMINATION GLOVES - WHITE", MONDAY, "10", "15", "150").withTime(night),
                line(2, "ANEMOL 100ML", MONDAY, "2", "486", "972").withTime(evening),
                line(3, "EXAMINATION GLOVES - WHITE", MONDAY, "20", "15", "300").withTime(evening),
                line(4, "ANEMOL 100ML", MONDAY, "1", "486", "486").withTime(evening))));

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(List.of(2, 4), findings.getFirst().lineItems());
        assertEquals(Money.of("486.00"), findings.getFirst().amount());
    }

    /** Where either row prints no time, the day alone decides, as on a bill that prints none. */
    @Test
    void aRowWithoutATimeIsComparedByItsDayAlone() {
        List<Finding> findings = rule.apply(input(List.of(
                line(1, "Serum Ferritin", MONDAY, "1", "450", "450").withTime(LocalTime.of(9, 5)),
                line(2, "Serum Ferritin", MONDAY, "1", "450", "450"))));

        assertEquals(1, findings.size());
        assertEquals(List.of(1, 2), findings.getFirst().lineItems());
    }

    @Test
    void aPerDayServiceOnDifferentDatesIsNotADuplicate() {
        List<Finding> findings = rule.apply(input(List.of(
                line(1, "Ward bed", MONDAY, "1", "1000", "1000"),
                line(2, "Ward bed", MONDAY.plusDays(1), "1", "1000", "1000"),
                line(3, "Ward bed", MONDAY.plusDays(2), "1", "1000", "1000"))));

        assertEquals(List.of(), findings);
    }

    @Test
    void undatedCopiesAreDuplicatesButADatedAndAnUndatedOneAreNot() {
        assertEquals(1, rule.apply(input(List.of(
                line(1, "Lipid panel", "1", "300", "300"),
                line(2, "Lipid panel", "1", "300", "300")))).size());
        assertEquals(0, rule.apply(input(List.of(
                line(1, "Lipid panel", MONDAY, "1", "300", "300"),
                line(2, "Lipid panel", "1", "300", "300")))).size());
    }

    @Test
    void onADatedBillTwoRowsWhoseDatesCouldNotBeReadAreNotCopies() {
        assertEquals(0, rule.apply(input(List.of(
                line(1, "Ward bed", MONDAY, "1", "1000", "1000"),
                line(2, "Ward bed", "1", "1000", "1000"),
                line(3, "Ward bed", "1", "1000", "1000")))).size());
    }

    /**
     * A per-day charge whose garbled date was read as the day its neighbours allow: that day is theirs by
     * the inference itself, so the same charge on a neighbour's day is reported, not counted.
     */
    @Test
    void aCopyWhoseDayWasInferredFromTheRowsAroundItIsReportedButNotCounted() {
        List<Finding> findings = rule.apply(input(List.of(
                line(1, "NICU charges", MONDAY, "1", "4800", "4800"),
                line(2, "NICU charges", MONDAY.plusDays(1), "1", "4800", "4800").withDateInferred(true),
                line(3, "NICU charges", MONDAY.plusDays(1), "1", "4800", "4800"))));

        assertEquals(1, findings.size(), findings.toString());
        Finding copy = findings.getFirst();
        // the row dated as printed is the charge, the row whose day was inferred the copy
        assertEquals(List.of(3, 2), copy.lineItems());
        assertEquals(Money.of("4800.00"), copy.amount());
        assertFalse(copy.counted());
        assertEquals(Money.ZERO, copy.recoverable());
        assertEquals(Finding.INFERRED_DATE, copy.evidence().get(Finding.NOT_COUNTED_BECAUSE));
        assertTrue(copy.message().contains("line 2 was not read as printed"), copy.message());
    }

    @Test
    void theSameRowsWithTheirDatesReadAsPrintedAreACountedDuplicate() {
        List<Finding> findings = rule.apply(input(List.of(
                line(1, "NICU charges", MONDAY, "1", "4800", "4800"),
                line(2, "NICU charges", MONDAY.plusDays(1), "1", "4800", "4800"),
                line(3, "NICU charges", MONDAY.plusDays(1), "1", "4800", "4800"))));

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(List.of(2, 3), findings.getFirst().lineItems());
        assertTrue(findings.getFirst().counted());
        assertEquals(Money.of("4800.00"), findings.getFirst().recoverable());
    }

    /** Two copies on printed dates still count; a third on an inferred day is reported apart. */
    @Test
    void copiesOnPrintedDatesCountWhateverARowOfAnInferredDayAdds() {
        List<Finding> findings = rule.apply(input(List.of(
                line(1, "Serum Ferritin", MONDAY, "1", "450", "450"),
                line(2, "Serum Ferritin", MONDAY, "1", "450", "450").withDateInferred(true),
                line(3, "Serum Ferritin", MONDAY, "1", "450", "450"))));

        assertEquals(List.of(List.of(1, 3), List.of(1, 2)), findings.stream().map(Finding::lineItems).toList());
        assertEquals(List.of(true, false), findings.stream().map(Finding::counted).toList());
        assertEquals(List.of(Money.of("450.00"), Money.of("450.00")), findings.stream().map(Finding::amount).toList());
    }

    @Test
    void aDifferentUnitPriceIsADifferentCharge() {
        assertEquals(List.of(), rule.apply(input(List.of(
                line(1, "Lipid panel", "1", "300", "300"),
                line(2, "Lipid panel", "1", "320", "320")))));
    }

    @Test
    void abbreviatedAndReorderedDescriptionsOfTheSameItemAreCopies() {
        List<Finding> findings = rule.apply(input(List.of(
                line(1, "Inj. Ceftazidime 1gm", MONDAY, "2", "95", "190"),
                line(2, "Ceftazidime 1 g Injection", MONDAY, "2", "95", "190"))));

        assertEquals(1, findings.size());
        assertEquals(Money.of("190.00"), findings.getFirst().amount());
    }

    @Test
    void everyExtraCopyIsCountedOnce() {
        List<Finding> findings = rule.apply(input(List.of(
                line(1, "X-ray wrist", "1", "250", "250"),
                line(2, "Xray Wrist", "1", "250", "250"),
                line(3, "X Ray wrist", "1", "250", "250"))));

        assertEquals(1, findings.size());
        assertEquals(List.of(1, 2, 3), findings.getFirst().lineItems());
        assertEquals(Money.of("500.00"), findings.getFirst().amount());
    }

    @Test
    void aMisreadLetterInAScannedCopyStillMakesItACopyButOtherStrengthsDoNot() {
        assertEquals(1, rule.apply(input(List.of(
                line(1, "Troponin I", MONDAY, "1", "800", "800"),
                line(2, "Troponin l", MONDAY, "1", "800", "800")))).size());
        assertEquals(0, rule.apply(input(List.of(
                line(1, "Vitamin D2 level", MONDAY, "1", "800", "800"),
                line(2, "Vitamin D3 level", MONDAY, "1", "800", "800")))).size());
        assertEquals(0, rule.apply(input(List.of(
                line(1, "Serum Sodium", MONDAY, "1", "100", "100"),
                line(2, "Serum Calcium", MONDAY, "1", "100", "100")))).size());
    }

    @Test
    void oneEditApartMeansOneSubstitutionInsertionOrDeletion() {
        assertEquals(true, DuplicateRule.oneEditApart("troponin i", "troponin l"));
        assertEquals(true, DuplicateRule.oneEditApart("blood urea", "blood ura"));
        assertEquals(true, DuplicateRule.oneEditApart("blood ura", "blood urea"));
        assertEquals(false, DuplicateRule.oneEditApart("blood urea", "blood uric"));
    }

    @Test
    void rowsOfDifferentBillsInOneUploadAreNotDuplicates() {
        var first = onBill(1, line(1, "Tab Dolo 650 strip", MONDAY, "1", "30", "30"));
        var second = onBill(2, line(2, "Tab Dolo 650 strip", MONDAY, "1", "30", "30"));
        var again = onBill(2, line(3, "Tab Dolo 650 strip", MONDAY, "1", "30", "30"));

        assertEquals(List.of(), rule.apply(input(List.of(first, second))));
        List<Finding> withinBill = rule.apply(input(List.of(first, second, again)));
        assertEquals(List.of(List.of(2, 3)), withinBill.stream().map(Finding::lineItems).toList());
    }

    @Test
    void onALongBillCopiesAreFoundByIndexAndRowsThatDifferOnlyInANumberAreNot() {
        List<com.billaudit.domain.LineItem> lines = new java.util.ArrayList<>();
        for (int i = 1; i <= 2_000; i++) {
            lines.add(line(i, "Consultation visit " + i, MONDAY, "1", "100", "100"));
        }
        lines.add(line(2_001, "Troponin I test", MONDAY, "1", "900", "900"));
        lines.add(line(2_002, "Consultation visit 17", MONDAY, "1", "100.00", "100.00"));
        lines.add(line(2_003, "Troponin l test", MONDAY, "1", "900", "900"));

        List<Finding> findings = rule.apply(input(lines));

        assertEquals(List.of(List.of(17, 2_002), List.of(2_001, 2_003)),
                findings.stream().map(Finding::lineItems).toList());
    }

    @Test
    void theIndexHashesEveryOneCharacterDeletion() {
        long[] hashes = OneEditIndex.hashes("abc");

        assertEquals(OneEditIndex.hashes("bc")[0], hashes[1]);
        assertEquals(OneEditIndex.hashes("ac")[0], hashes[2]);
        assertEquals(OneEditIndex.hashes("ab")[0], hashes[3]);
    }
}

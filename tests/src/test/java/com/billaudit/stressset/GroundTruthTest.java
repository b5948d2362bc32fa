package com.billaudit.stressset;

import com.billaudit.domain.Money;
import com.billaudit.stressset.Bill.Line;
import com.billaudit.stressset.GroundTruth.ExpectedFinding;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GroundTruthTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 4);
    private final GroundTruth truth = new GroundTruth(SchemeCatalog.tariff());

    @Test
    void overchargeDuplicateAndNonPayableFollowTheContractRules() {
        // L001 Complete Blood Count is 150.00; 200.00 is more than 10 % above it.
        Line cbc = line("CBC", DAY, "L001", 2, "200.00", "400.00", false);
        Line echo = line("2D Echo", DAY, "R010", 1, "1500.00", "1500.00", false);
        Line mask = line("Face Mask", DAY, null, 1, "100.00", "100.00", true);
        Bill bill = bill(List.of(cbc, echo, echo, mask), Money.ZERO, List.of("overcharge", "duplicate", "nonpayable"));

        GroundTruth.Expected e = truth.of(bill);

        assertEquals(List.of(new ExpectedFinding("DUPLICATE", List.of(2, 3), 1500.0),
                new ExpectedFinding("OVERCHARGE", List.of(1), 100.0),
                new ExpectedFinding("NON_PAYABLE", List.of(4), 100.0)), e.findings());
        assertEquals(1700.0, e.totals().recoverable());
        assertEquals(48.57, e.totals().recoverablePct());
        assertEquals("critical", e.verdict());
    }

    @Test
    void arithmeticAndTotalMismatchAreTheExcessBilled() {
        Line atorva = line("Tab Atorva 10", null, "M014", 4, "4.00", "36.00", false);
        Bill bill = bill(List.of(atorva), Money.of("1036.00"), List.of("arithmetic", "total_mismatch"));

        GroundTruth.Expected e = truth.of(bill);

        assertEquals(List.of(new ExpectedFinding("ARITHMETIC", List.of(1), 20.0),
                new ExpectedFinding("TOTAL_MISMATCH", List.of(), 1000.0)), e.findings());
    }

    @Test
    void dailyChargesOnDifferentDatesAreNotDuplicatesAndSmallRoundingIsNoMismatch() {
        Line day1 = line("Private Room", DAY, "B003", 1, "3000.00", "3000.00", false);
        Line day2 = line("Private Room", DAY.plusDays(1), "B003", 1, "3000.00", "3000.00", false);
        Bill bill = bill(List.of(day1, day2), Money.of("6000.40"), List.of());

        GroundTruth.Expected e = truth.of(bill);

        assertEquals(List.of(), e.findings());
        assertEquals("ok", e.verdict());
    }

    @Test
    void aFindingThatWasNotPlantedIsAGeneratorError() {
        Line cbc = line("CBC", DAY, "L001", 1, "400.00", "400.00", false);
        assertThrows(IllegalStateException.class, () -> truth.of(bill(List.of(cbc), Money.of("400.00"), List.of())));
    }

    private static Line line(String text, LocalDate date, String code, int qty, String price, String amount, boolean nonPayable) {
        return new Line(text, date, code, BigDecimal.valueOf(qty), Money.of(price), Money.of(amount), "other", false, nonPayable, null);
    }

    private static Bill bill(List<Line> lines, BigDecimal stated, List<String> issues) {
        BigDecimal total = stated.signum() == 0 ? lines.stream().map(Line::amount).reduce(Money.ZERO, BigDecimal::add) : stated;
        Pick pick = new Pick(1);
        return new Bill(Bill.Kind.HOSPITAL, Parties.hospital(pick), Parties.visit(pick, 2), lines, Money.ZERO, "Discount",
                List.of(), Money.ZERO, Money.ZERO, total, issues);
    }
}

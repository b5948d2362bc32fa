package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.PrintedBill;
import com.billaudit.domain.Severity;
import com.billaudit.domain.StatedTotals;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.billaudit.audit.Bills.input;
import static com.billaudit.audit.Bills.line;
import static com.billaudit.audit.Bills.onBill;
import static com.billaudit.audit.Bills.printed;
import static com.billaudit.audit.Bills.stated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TotalMismatchRuleTest {
    private static final List<LineItem> LINES = List.of(line(1, "A", "1", "1000", "1000"), line(2, "B", "2", "250", "500"));
    private final TotalMismatchRule rule = new TotalMismatchRule();

    @Test
    void aTotalAboveLinesLessDiscountPlusTaxRecoversTheExcess() {
        List<Finding> findings = rule.apply(input(LINES, stated("100", "54", "1954")));

        assertEquals(1, findings.size());
        assertEquals(FindingType.TOTAL_MISMATCH, findings.getFirst().type());
        assertEquals(List.of(), findings.getFirst().lineItems());
        assertEquals(Money.of("500.00"), findings.getFirst().amount());
    }

    @Test
    void aTotalThatAddsUpWithinOneRupeeIsFine() {
        assertEquals(List.of(), rule.apply(input(LINES, stated("100", "54", "1454.99"))));
        assertEquals(List.of(), rule.apply(input(LINES, stated(null, null, "1501.00"))));
    }

    @Test
    void aTotalBelowTheLinesIsReportedUnderAndNotCounted() {
        List<Finding> findings = rule.apply(input(LINES, stated(null, null, "1400")));

        Finding under = findings.getFirst();
        assertEquals(Money.of("100.00"), under.amount());
        assertEquals("under", under.evidence().get("direction"));
        assertEquals(Severity.INFO, under.severity());
        assertFalse(under.counted());
        assertEquals(Money.ZERO, under.recoverable());
    }

    @Test
    void eachBillIsJudgedAgainstItsOwnTotal() {
        List<LineItem> lines = List.of(onBill(1, line(1, "A", "1", "1000", "1000")),
                onBill(2, line(2, "B", "1", "300", "300")), onBill(2, line(3, "C", "1", "200", "200")));
        // together the bills ask for 1500 = 1000 + 500, yet bill 1 asks 1200 and bill 2 only 300
        List<PrintedBill> bills = List.of(printed(1, stated(null, null, "1200")), printed(2, stated(null, null, "300")));

        List<Finding> findings = rule.apply(input(lines, bills));

        assertEquals(2, findings.size());
        Finding over = findings.getFirst();
        assertEquals(1, over.evidence().get("bill"));
        assertEquals(Money.of("200.00"), over.amount());
        assertTrue(over.counted());
        Finding under = findings.get(1);
        assertEquals(2, under.evidence().get("bill"));
        assertEquals("under", under.evidence().get("direction"));
    }

    @Test
    void twoBillsOneMismatchedGiveOneFinding() {
        List<LineItem> lines = List.of(onBill(1, line(1, "A", "1", "1000", "1000")),
                onBill(2, line(2, "B", "1", "500", "500")));
        List<PrintedBill> bills = List.of(printed(1, stated(null, null, "1000")), printed(2, stated(null, null, "650")));

        List<Finding> findings = rule.apply(input(lines, bills));

        assertEquals(1, findings.size());
        assertEquals(2, findings.getFirst().evidence().get("bill"));
        assertEquals(Money.of("150.00"), findings.getFirst().amount());
        assertEquals("over", findings.getFirst().evidence().get("direction"));
    }

    @Test
    void taxPrintedAsIncludedIsNotAddedAgain() {
        StatedTotals included = stated(null, "229", "1500").withTaxIncluded(true);

        assertEquals(List.of(), rule.apply(input(LINES, included)));
        // the same figures with the tax added on top would be 229 short
        assertEquals(Money.of("229.00"), rule.apply(input(LINES, stated(null, "229", "1500"))).getFirst().amount());
    }

    @Test
    void aPrintedRoundOffIsPartOfTheSum() {
        List<LineItem> lines = List.of(line(1, "A", "1", "999.60", "999.60"));

        assertEquals(List.of(), rule.apply(input(lines, stated(null, null, "1000").withRoundOff(Money.of("0.40")))));
        assertEquals(List.of(), rule.apply(input(lines, stated(null, null, "999").withRoundOff(Money.of("-0.60")))));
        List<LineItem> more = List.of(line(1, "A", "1", "998.60", "998.60"));
        // 1.40 off without the round-off, 1.00 off with it: within the tolerance only with it
        assertEquals(1, rule.apply(input(more, stated(null, null, "1000"))).size());
        assertEquals(List.of(), rule.apply(input(more, stated(null, null, "1000").withRoundOff(Money.of("0.40")))));
    }

    @Test
    void noStatedTotalNoFinding() {
        assertEquals(List.of(), rule.apply(input(LINES, StatedTotals.NONE)));
    }
}

package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.StatedTotals;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.billaudit.audit.Bills.input;
import static com.billaudit.audit.Bills.line;
import static com.billaudit.audit.Bills.stated;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void aTotalBelowTheLinesIsInformationOnly() {
        List<Finding> findings = rule.apply(input(LINES, stated(null, null, "1400")));

        assertEquals(Money.ZERO, findings.getFirst().amount());
    }

    @Test
    void noStatedTotalNoFinding() {
        assertEquals(List.of(), rule.apply(input(LINES, StatedTotals.NONE)));
    }
}

package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.Money;
import com.billaudit.domain.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.billaudit.audit.Bills.input;
import static com.billaudit.audit.Bills.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ArithmeticRuleTest {
    private final ArithmeticRule rule = new ArithmeticRule();

    @Test
    void anAmountAboveQuantityTimesPriceRecoversTheExcess() {
        List<Finding> findings = rule.apply(input(List.of(line(4, "Tab Something 10", "10", "12.50", "145.00"))));

        assertEquals(1, findings.size());
        assertEquals(FindingType.ARITHMETIC, findings.getFirst().type());
        assertEquals(List.of(4), findings.getFirst().lineItems());
        assertEquals(Money.of("20.00"), findings.getFirst().amount());
        assertEquals(Money.of("125.00"), findings.getFirst().evidence().get("expectedAmount"));
    }

    @Test
    void roundingWithinTheToleranceIsNotAnError() {
        // 3 × 33.33 = 99.99 is rounding; 50 over on 10,050 is within 0.5 % of the amount (50.25)
        assertEquals(List.of(), rule.apply(input(List.of(
                line(1, "Tab A", "3", "33.33", "100.00"),
                line(2, "Bed", "10", "1000", "10050.00")))));
    }

    @Test
    void theToleranceIsTheLargerOfOneAndHalfAPercent() {
        assertEquals(1, rule.apply(input(List.of(line(1, "Small", "1", "10", "11.01")))).size());
        assertEquals(0, rule.apply(input(List.of(line(1, "Small", "1", "10", "11.00")))).size());
        assertEquals(1, rule.apply(input(List.of(line(1, "Big", "1", "10000", "10060.00")))).size());
    }

    @Test
    void anUnderchargeIsInformationWithNothingToRecover() {
        List<Finding> findings = rule.apply(input(List.of(line(1, "Tab B", "10", "20", "150"))));

        assertEquals(1, findings.size());
        assertEquals(Severity.INFO, findings.getFirst().severity());
        assertEquals(Money.ZERO, findings.getFirst().amount());
    }

    @Test
    void manyUnderchargesAreOneObservation() {
        List<Finding> findings = rule.apply(input(List.of(
                line(1, "Tab B", "125.40", "2", "10"),
                line(2, "Tab C", "88.00", "3", "15"),
                line(3, "Tab D", "2", "5", "30"),
                line(4, "Syrup E", "60.50", "1", "20"))));

        assertEquals(2, findings.size());
        Finding together = findings.stream().filter(f -> f.severity() == Severity.INFO).findFirst().orElseThrow();
        assertEquals(List.of(1, 2, 4), together.lineItems());
        assertEquals(Money.ZERO, together.amount());
        assertEquals(Money.of("20.00"), findings.stream().filter(f -> f.severity() == Severity.WARNING)
                .findFirst().orElseThrow().amount(), "an overcharge still stands alone");
    }

    @Test
    void aLineReadUnsureNeverProducesAnArithmeticFindingOnItsOwn() {
        var unsure = line(4, "Tab Something 10", "10", "12.50", "145.00").withUncertain(true);
        var clear = line(5, "Consultation", "1", "500", "1000");

        List<Finding> findings = rule.apply(input(List.of(unsure, clear)));

        // a genuine 1 × 500 = 1000 on a clear reading stays a finding
        assertEquals(List.of(List.of(5)), findings.stream().map(Finding::lineItems).toList());
    }
}

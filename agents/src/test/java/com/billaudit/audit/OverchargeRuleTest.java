package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.Scheme;
import com.billaudit.domain.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static com.billaudit.audit.Bills.input;
import static com.billaudit.audit.Bills.line;
import static com.billaudit.audit.Bills.matched;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverchargeRuleTest {
    private final OverchargeRule rule = new OverchargeRule();

    @Test
    void aPriceAboveRatePlusToleranceRecoversTheWholeDifferenceTimesQuantity() {
        LineItem line = matched(line(3, "Ferritin", "2", "600", "1200"), "T1", "450", 0.95);

        List<Finding> findings = rule.apply(input(List.of(line)));

        assertEquals(1, findings.size());
        Finding finding = findings.getFirst();
        assertEquals(FindingType.OVERCHARGE, finding.type());
        assertEquals(List.of(3), finding.lineItems());
        assertEquals(Money.of("300.00"), finding.amount());
        assertEquals("rate.overcharge", finding.ruleId());
        assertEquals(Money.of("450"), finding.evidence().get("rate"));
        assertTrue(finding.message().contains("450.00"), finding.message());
    }

    @Test
    void aPriceWithinTheToleranceIsAccepted() {
        LineItem atLimit = matched(line(1, "Ferritin", "1", "495", "495"), "T1", "450", 0.95);
        LineItem below = matched(line(2, "Ferritin", "1", "420", "420"), "T1", "450", 0.95);

        assertEquals(List.of(), rule.apply(input(List.of(atLimit, below))));
    }

    @Test
    void perDayRatesCompareTheUnitPriceNotTheLineAmount() {
        LineItem threeDays = matched(line(1, "Ward bed", "3", "1000", "3000"), "W1", "1000", 0.9);

        assertEquals(List.of(), rule.apply(input(List.of(threeDays))));
    }

    @Test
    void theSchemesOwnToleranceWins() {
        LineItem line = matched(line(1, "Ferritin", "1", "480", "480"), "T1", "450", 0.95);
        AuditInput strict = new AuditInput(List.of(line), null, Bills.rulebook(List.of(), List.of()), Bills.SETTINGS);
        AuditInput lenientScheme = new AuditInput(List.of(line), null,
                new com.billaudit.domain.Rulebook(new Scheme("L", "Lenient", "INR", new BigDecimal("0.20")), 1,
                        List.of(), 0, List.of()), Bills.SETTINGS);
        AuditInput strictScheme = new AuditInput(List.of(line), null,
                new com.billaudit.domain.Rulebook(new Scheme("S", "Strict", "INR", new BigDecimal("0.05")), 1,
                        List.of(), 0, List.of()), Bills.SETTINGS);

        assertEquals(0, rule.apply(strict).size());
        assertEquals(0, rule.apply(lenientScheme).size());
        assertEquals(Money.of("30.00"), rule.apply(strictScheme).getFirst().amount());
    }

    @Test
    void aWeakMatchIsNeverJudgedOnPrice() {
        LineItem weak = matched(line(1, "Something else", "1", "900", "900"), "T1", "450", 0.5);
        LineItem unmatched = line(2, "Unknown service", "1", "900", "900");

        assertEquals(List.of(), rule.apply(input(List.of(weak, unmatched))));
    }

    @Test
    void doubleTheRateIsCritical() {
        LineItem line = matched(line(1, "Ferritin", "1", "900", "900"), "T1", "450", 0.95);

        assertEquals(Severity.CRITICAL, rule.apply(input(List.of(line))).getFirst().severity());
    }
}

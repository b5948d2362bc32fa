package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.Money;
import com.billaudit.domain.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.billaudit.audit.Bills.input;
import static com.billaudit.audit.Bills.line;
import static com.billaudit.audit.Bills.matched;
import static org.junit.jupiter.api.Assertions.assertEquals;

class UnmatchedRuleTest {

    @Test
    void eachLineWithoutAConfidentMatchIsInformationWithoutMoney() {
        List<Finding> findings = new UnmatchedRule().apply(input(List.of(
                matched(line(1, "Ferritin", "1", "450", "450"), "T1", "450", 0.95),
                line(2, "Unknown service", "1", "900", "900"),
                matched(line(3, "Vague", "1", "10", "10"), "T2", "10", 0.4))));

        assertEquals(2, findings.size());
        assertEquals(List.of(2), findings.get(0).lineItems());
        assertEquals(List.of(3), findings.get(1).lineItems());
        assertEquals(FindingType.UNMATCHED, findings.getFirst().type());
        assertEquals(Severity.INFO, findings.getFirst().severity());
        assertEquals(Money.ZERO, findings.getFirst().amount());
    }
}

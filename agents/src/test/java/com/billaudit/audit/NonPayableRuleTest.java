package com.billaudit.audit;

import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.NonPayableItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.billaudit.audit.Bills.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NonPayableRuleTest {
    private static final List<NonPayableItem> LIST = List.of(
            new NonPayableItem("Hair Cut", "personal", "Grooming is not treatment", List.of("Barber Charges")),
            new NonPayableItem("Pen Torch", "consumable", null, List.of()),
            new NonPayableItem("Face Shield", "consumable", "Protective gear is included in nursing", List.of("Visor")));

    private static List<Finding> apply(LineItem... lines) {
        return new NonPayableRule().apply(new AuditInput(List.of(lines), null, Bills.rulebook(List.of(), LIST),
                Bills.SETTINGS));
    }

    @Test
    void aListedItemByNameOrAliasIsWhollyRecoverable() {
        List<Finding> findings = apply(
                line(1, "Barber charges", "1", "150", "150"),
                line(2, "Ward bed", "1", "1000", "1000"),
                line(3, "PEN TORCHES", "2", "60", "120"));

        assertEquals(2, findings.size());
        assertEquals(FindingType.NON_PAYABLE, findings.get(0).type());
        assertEquals(List.of(1), findings.get(0).lineItems());
        assertEquals(Money.of("150.00"), findings.get(0).amount());
        assertTrue(findings.get(0).message().contains("Grooming"), findings.get(0).message());
        assertEquals(Money.of("120.00"), findings.get(1).amount());
    }

    @Test
    void headingsWardsAndCountsAroundTheNameDoNotHideIt() {
        List<Finding> findings = apply(
                line(1, "Barber Charges - Ward 6", "1", "150", "150"),
                line(2, "Misc: Pen Torch", "1", "60", "60"),
                line(3, "Face Shield (3 Nos)", "3", "40", "120"),
                line(4, "VISOR CHGS", "1", "40", "40"));

        assertEquals(List.of(1, 2, 3, 4), findings.stream().map(f -> f.lineItems().getFirst()).toList());
    }

    @Test
    void aServiceThatOnlySharesAWordIsNotCaught() {
        assertEquals(List.of(), apply(
                line(1, "Torch light examination by ENT specialist", "1", "500", "500"),
                line(2, "Hair transplant consultation", "1", "800", "800"),
                line(3, "Face lift surgery", "1", "90000", "90000")));
    }

    @Test
    void noListNoFindings() {
        assertEquals(List.of(), new NonPayableRule().apply(Bills.input(List.of(line(1, "Pen Torch", "1", "60", "60")))));
    }

    @Test
    void aPreparedRuleFindsWhatAFreshOneFindsAndServesOnlyItsOwnList() {
        NonPayableRules rules = new NonPayableRules(4);
        var rulebook = Bills.rulebook(List.of(), LIST);
        AuditInput input = new AuditInput(List.of(line(1, "Barber charges", "1", "150", "150"),
                line(2, "Ward bed", "1", "1000", "1000")), null, rulebook, Bills.SETTINGS);

        NonPayableRule prepared = rules.rule(rulebook);
        assertTrue(prepared == rules.rule(rulebook), "one prepared rule per list version");
        assertEquals(new NonPayableRule().apply(input), prepared.apply(input));
        assertEquals(new NonPayableRule().apply(input), prepared.apply(input), "the second look-up reads its memo");

        // another list under the same version number: prepared anew, not the stale one
        var other = Bills.rulebook(List.of(), List.of(new NonPayableItem("Ward Bed", "room", null, List.of())));
        AuditInput otherInput = new AuditInput(input.items(), null, other, Bills.SETTINGS);
        assertEquals(List.of(2), rules.rule(other).apply(otherInput).stream().map(f -> f.lineItems().getFirst()).toList());
        assertEquals(List.of(2), prepared.apply(otherInput).stream().map(f -> f.lineItems().getFirst()).toList());
    }
}

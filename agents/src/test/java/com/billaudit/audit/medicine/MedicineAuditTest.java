package com.billaudit.audit.medicine;

import com.billaudit.audit.AuditInput;
import com.billaudit.audit.AuditSettings;
import com.billaudit.audit.OverchargeRule;
import com.billaudit.audit.TariffMatcher;
import com.billaudit.domain.Category;
import com.billaudit.domain.Finding;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.Scheme;
import com.billaudit.domain.StatedTotals;
import com.billaudit.domain.TariffRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The matcher and the overcharge rule with medicine lines: brands, packs, ceilings per unit. */
class MedicineAuditTest {
    private static final Rulebook CEILINGS = new Rulebook(new Scheme("NPPA", "Ceilings", "INR", BigDecimal.ZERO), 1,
            List.of(medicine("NP-1", "Paracetamol 650 mg Tablet", "2.04", "per tablet", "Dolo 650", "Calpol 650"),
                    medicine("NP-2", "Ceftriaxone 1 g Injection", "48.50", "per vial", "Monocef 1 g"),
                    medicine("NP-3", "Paracetamol 125 mg per 5 ml Suspension", "0.55", "per ml", "Calpol Syrup")),
            0, List.of());
    private static final AuditSettings SETTINGS = AuditSettings.defaults();
    private final TariffMatcher matcher = new TariffMatcher(CEILINGS, null, SETTINGS);

    @Test
    void aBrandPricedAboveTheCeilingPerTabletIsAnOvercharge() {
        List<Finding> findings = audit(line(1, "Tab Dolo 650", "10", "3.00"));

        assertEquals(1, findings.size());
        assertEquals(Money.of("9.60"), findings.getFirst().amount(), "(3.00 - 2.04) x 10");
    }

    @Test
    void aStripIsJudgedPerTabletThroughItsPackSize() {
        List<Finding> findings = audit(line(1, "DOLO-650 TAB 15'S", "2", "45.00"));

        assertEquals(1, findings.size());
        assertEquals(Money.of("28.80"), findings.getFirst().amount(), "(45.00 - 15 x 2.04) x 2 strips");
        assertTrue(findings.getFirst().message().contains("per 15 tablets"), findings.getFirst().message());
    }

    @Test
    void aBrandTheFuzzyLookUpMissesIsFoundByItsGenericAndStrength() {
        LineItem matched = matcher.match(line(1, "MONOCEF 1GM INJ", "2", "60.00"), LocalDate.of(2025, 5, 1));

        assertEquals("NP-2", matched.match().code());
        assertEquals(Category.MEDICINE, matched.category());
        assertEquals(1, audit(line(1, "MONOCEF 1GM INJ", "2", "60.00")).size());
    }

    @Test
    void withinTheCeilingOrWithoutAComparablePriceThereIsNoFinding() {
        assertTrue(audit(line(1, "Calpol 650 strip of 10", "3", "20.40")).isEmpty(), "exactly the ceiling per strip");
        assertTrue(audit(line(1, "Calpol 125mg/5ml syrup", "1", "35.00")).isEmpty(), "bottle volume unknown");
        assertTrue(audit(line(1, "Calpol Syrup 60 ml", "1", "33.00")).isEmpty());
    }

    private List<Finding> audit(LineItem item) {
        List<LineItem> matched = matcher.matchAll(List.of(item), LocalDate.of(2025, 5, 1));
        return new OverchargeRule().apply(new AuditInput(matched, StatedTotals.NONE, CEILINGS, SETTINGS));
    }

    private static LineItem line(int index, String description, String quantity, String unitPrice) {
        BigDecimal q = new BigDecimal(quantity);
        return new LineItem(index, description, null, q, Money.of(unitPrice), Money.times(q, Money.of(unitPrice)),
                Category.OTHER, 1, 1.0, null);
    }

    private static TariffRow medicine(String code, String name, String rate, String unit, String... aliases) {
        return new TariffRow(code, name, Money.of(rate), unit, Category.MEDICINE, List.of(aliases), null, null);
    }
}

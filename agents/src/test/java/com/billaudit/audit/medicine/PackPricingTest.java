package com.billaudit.audit.medicine;

import com.billaudit.domain.Category;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.TariffMatch;
import com.billaudit.domain.TariffRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A per-unit ceiling put on the unit the bill charges. */
class PackPricingTest {
    private static final TariffRow TABLET = row("P650", "Paracetamol 650 mg Tablet", "2.04", "per tablet");
    private static final TariffRow SYRUP = row("PSYP", "Paracetamol 125 mg per 5 ml Suspension", "0.55", "per ml");
    private static final TariffRow AMPOULE = row("ONDI", "Ondansetron 2 mg per ml Injection", "4.90", "per ml");

    @Test
    void aStripIsComparedAtTheCeilingTimesItsTablets() {
        TariffMatch match = priced(TABLET, "Dolo 650 Strip of 15", "2", "40.00");

        assertEquals(Money.of("30.60"), match.rate());
        assertEquals("per 15 tablets (2.04 per tablet)", match.unit());
    }

    @Test
    void threeStripsOfTenBilledAsOneLineAreThirtyTablets() {
        assertEquals(Money.of("61.20"), priced(TABLET, "Calpol 650 3 strips of 10", "1", "90.00").rate());
        assertEquals(Money.of("61.20"), priced(TABLET, "Tab Calpol 650 Qty 3 x 10", "1", "90.00").rate());
        assertEquals(Money.of("20.40"), priced(TABLET, "Tab Calpol 650 Qty 3 x 10", "3", "30.00").rate(),
                "three strips at a strip each");
    }

    @Test
    void aQuantityCountingTabletsIsComparedPerTablet() {
        TariffMatch perTablet = TABLET_MATCH;

        assertSame(perTablet, PackPricing.perBilledUnit(perTablet, TABLET, line("Dolo 650 Strip of 15", "15", "2.50")));
        assertSame(perTablet, PackPricing.perBilledUnit(perTablet, TABLET, line("Tab Calpol 650 3x10", "30", "3.00")));
        assertSame(perTablet, PackPricing.perBilledUnit(perTablet, TABLET, line("Tab Dolo 650", "1", "40.00")),
                "no pack printed: per tablet as listed");
    }

    @Test
    void aPriceNearerTheTabletThanTheStripStaysPerTablet() {
        assertEquals(Money.of("2.04"), priced(TABLET, "DOLO-650 TAB 15'S", "4", "3.00").rate());
        assertEquals(Money.of("30.60"), priced(TABLET, "DOLO-650 TAB 15'S", "1", "32.00").rate());
    }

    @Test
    void aBottleIsComparedByItsVolumeAndAnAmpouleByItsMl() {
        assertEquals(Money.of("33.00"), priced(SYRUP, "Syp Calpol 60ml", "1", "35.00").rate());
        assertEquals(Money.of("9.80"), priced(AMPOULE, "Inj Emeset 4mg/2ml", "1", "12.00").rate());
        assertEquals(Money.of("0.55"), priced(SYRUP, "Calpol syrup", "60", "0.60").rate(), "billed per ml");
    }

    @Test
    void aBottleWithoutItsVolumeIsMatchedButNotCompared() {
        TariffMatch match = priced(SYRUP, "Calpol 125mg/5ml", "1", "35.00");

        assertNull(match.rate());
        assertTrue(match.unit().contains("not compared"), match.unit());
        assertEquals("PSYP", match.code());
    }

    @Test
    void servicesAreLeftAlone() {
        TariffRow room = new TariffRow("R1", "General Ward", Money.of("1500.00"), "per day", Category.ROOM, List.of(),
                null, null);
        TariffMatch match = new TariffMatch("S", "R1", "General Ward", Money.of("1500.00"), "per day", 0.9);

        assertSame(match, PackPricing.perBilledUnit(match, room, line("General ward 3 x 10 beds", "1", "45000.00")));
    }

    private static final TariffMatch TABLET_MATCH = match(TABLET);

    private static TariffMatch priced(TariffRow row, String description, String quantity, String unitPrice) {
        return PackPricing.perBilledUnit(match(row), row, line(description, quantity, unitPrice));
    }

    private static TariffMatch match(TariffRow row) {
        return new TariffMatch("S", row.code(), row.name(), row.rate(), row.unit(), 0.9);
    }

    private static LineItem line(String description, String quantity, String unitPrice) {
        BigDecimal q = new BigDecimal(quantity);
        return new LineItem(1, description, null, q, Money.of(unitPrice), Money.times(q, Money.of(unitPrice)),
                Category.MEDICINE, 1, 1.0, null);
    }

    private static TariffRow row(String code, String name, String rate, String unit) {
        return new TariffRow(code, name, Money.of(rate), unit, Category.MEDICINE, List.of(), null, null);
    }
}

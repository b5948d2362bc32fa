package com.billaudit.audit.medicine;

import com.billaudit.domain.Category;
import com.billaudit.domain.Money;
import com.billaudit.domain.TariffRow;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Brand → generic + strength + form, on a small NPPA-style list. */
class MedicineIndexTest {
    private static final List<TariffRow> ROWS = List.of(
            row("P500", "Paracetamol 500 mg Tablet", "0.98", "per tablet", "Crocin 500", "Calpol 500"),
            row("P650", "Paracetamol 650 mg Tablet", "2.04", "per tablet", "Dolo 650", "Calpol 650"),
            row("PSYP", "Paracetamol 125 mg per 5 ml Suspension", "0.55", "per ml", "Calpol Syrup"),
            row("PANT", "Pantoprazole 40 mg Tablet", "6.20", "per tablet", "Pan 40", "Pantocid 40"),
            row("PANI", "Pantoprazole 40 mg Injection", "46.00", "per vial", "Pan IV", "Pantocid IV"),
            row("CEF1", "Ceftriaxone 1 g Injection", "48.50", "per vial", "Monocef 1 g"),
            row("CPOD", "Cefpodoxime 200 mg Tablet", "14.20", "per tablet", "Monocef O 200"),
            row("ONDI", "Ondansetron 2 mg per ml Injection", "4.90", "per ml", "Emeset Injection"),
            row("ENX4", "Enoxaparin 40 mg Injection", "298.00", "per syringe", "Clexane 40"),
            row("ENX6", "Enoxaparin 60 mg Injection", "420.00", "per syringe", "Clexane 60"),
            row("D5", "Dextrose 5% 500 ml Infusion", "22.50", "per bottle", "D5 500 ml"),
            new TariffRow("XRAY", "X-Ray Chest PA View", Money.of("80.00"), "per exposure", Category.IMAGING,
                    List.of("Chest X-Ray"), null, null));

    private final MedicineIndex index = new MedicineIndex(ROWS);

    @Test
    void aBrandNamesItsGenericFormulation() {
        assertEquals("P650", code("Tab Dolo 650"));
        assertEquals("P650", code("DOLO-650 TAB 15'S"));
        assertEquals("P650", code("T. Calpol 650"));
        assertEquals("P500", code("Calpol 500mg tablet"));
        assertEquals("CEF1", code("MONOCEF 1GM INJ"));
        assertEquals("CPOD", code("Monocef-O 200 tab"));
        assertEquals("PSYP", code("Calpol Syrup 60ml"));
    }

    @Test
    void theGenericNameWithItsStrengthWorksToo() {
        assertEquals("P650", code("PARACETAMOL 650MG TAB"));
        assertEquals("PANI", code("Inj Pantoprazole 40mg"));
        assertEquals("ONDI", code("Inj Emeset 4mg/2ml"), "4 mg in 2 ml is the row's 2 mg per ml");
    }

    @Test
    void theFormDecidesBetweenTabletAndInjection() {
        assertEquals("PANT", code("Tab Pan 40"));
        assertEquals("PANI", code("Inj Pan 40"));
        assertEquals("PANI", code("Inj Pantocid IV"));
    }

    @Test
    void aContradictingStrengthIsNoMatch() {
        assertEquals(Optional.empty(), index.match("Tab Dolo 500"));
        assertEquals(Optional.empty(), index.match("Inj Monocef 500mg"));
        assertEquals(Optional.empty(), index.match("Inj Emeset 8mg/2ml"), "4 mg/ml is another concentration");
    }

    @Test
    void twoRowsFittingEquallyIsNoMatch() {
        assertEquals(Optional.empty(), index.match("Inj Clexane 0.4ml"), "40 or 60 mg: the line does not say");
        assertEquals(Optional.empty(), index.match("Paracetamol tablet"), "500 or 650 mg");
    }

    @Test
    void aShortKeyOrNonMedicineRowNamesNothing() {
        assertEquals(Optional.empty(), index.match("Vitamin D 5000 IU"), "D of D5 is no brand");
        assertEquals(Optional.empty(), index.match("Chest X-Ray"));
        assertTrue(index.match("Dressing").isEmpty());
    }

    @Test
    void strengthAndFormAgreeingMakeItSurer() {
        double both = index.match("Tab Dolo 650").orElseThrow().similarity();
        double brandOnly = index.match("Pantocid IV").orElseThrow().similarity();

        assertTrue(both > brandOnly, both + " vs " + brandOnly);
        assertTrue(brandOnly >= 0.85);
    }

    private String code(String description) {
        return index.match(description).map(hit -> hit.row().code()).orElse("none");
    }

    private static TariffRow row(String code, String name, String rate, String unit, String... aliases) {
        return new TariffRow(code, name, Money.of(rate), unit, Category.MEDICINE, List.of(aliases), null, null);
    }
}

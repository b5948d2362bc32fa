package com.billaudit.audit.medicine;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MedicineTextTest {

    @Test
    void aPharmacyLineReadsIntoBrandFormStrengthAndPack() {
        MedicineText line = MedicineText.read("DOLO-650 TAB 15'S");

        assertEquals(List.of("dolo"), line.words());
        assertEquals(Optional.of(DosageForm.TABLET), line.form());
        assertEquals(List.of(new Strength(new BigDecimal("650"), "", false)), line.strengths());
        assertEquals(new MedicineText.Pack(null, 15), line.pack());
    }

    @Test
    void packsAreReadInTheWaysBillsPrintThem() {
        assertEquals(new MedicineText.Pack(3, 10), MedicineText.read("Tab Pan 40 Qty 3 x 10").pack());
        assertEquals(new MedicineText.Pack(1, 10), MedicineText.read("Pan 40 1x10").pack());
        assertEquals(new MedicineText.Pack(3, 10), MedicineText.read("Calpol 650 3 strips of 10").pack());
        assertEquals(new MedicineText.Pack(null, 15), MedicineText.read("Dolo 650 Strip of 15").pack());
        assertEquals(new MedicineText.Pack(null, 10), MedicineText.read("Omez 20 mg (10 caps)").pack());
        assertEquals(MedicineText.Pack.NONE, MedicineText.read("Tab Dolo 650").pack());
    }

    @Test
    void unitsAreSplitFromFiguresAndGramsAgreeWithMilligrams() {
        MedicineText line = MedicineText.read("Inj Monocef 1gm");

        assertEquals(Optional.of(DosageForm.INJECTION), line.form());
        Strength gram = line.strengths().getFirst();
        assertEquals("g", gram.unit());
        assertTrue(gram.agrees(new Strength(new BigDecimal("1000"), "mg", false)));
        assertTrue(new Strength(new BigDecimal("650"), "", false).agrees(new Strength(new BigDecimal("650"), "mg", false)));
    }

    @Test
    void concentrationsAndVolumesAreToldApart() {
        MedicineText ampoule = MedicineText.read("Inj Emeset 4mg/2ml");
        MedicineText syrup = MedicineText.read("Paracetamol 125 mg per 5 ml Suspension 60 ml");
        MedicineText row = MedicineText.read("Ondansetron 2 mg per ml Injection");

        assertEquals(0, new BigDecimal("2").compareTo(ampoule.mgPerMl()));
        assertNull(ampoule.volumeMl());
        assertEquals(0, new BigDecimal("25").compareTo(syrup.mgPerMl()));
        assertEquals(0, new BigDecimal("60").compareTo(syrup.volumeMl()));
        assertEquals(0, new BigDecimal("2").compareTo(row.mgPerMl()));
        assertEquals(Optional.of(DosageForm.LIQUID), syrup.form());
    }

    @Test
    void aLeadingTIsATabletAndIvAloneIsOnlyAWeakHint() {
        assertEquals(Optional.of(DosageForm.TABLET), MedicineText.read("T. Calpol 650").form());
        assertEquals(List.of("calpol"), MedicineText.read("T. Calpol 650").words());
        assertEquals(Optional.of(DosageForm.INFUSION), MedicineText.read("Pan IV").form());
        assertEquals(Optional.of(DosageForm.INJECTION), MedicineText.read("Pantoprazole IV injection").form());
    }
}

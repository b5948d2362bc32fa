package com.billaudit.ocr;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MisreadingsTest {

    @Test
    void readsUnitsAfterANumberAsUnits() {
        assertEquals("Syringe 10ml   2   8.40", Misreadings.repair("Syringe 10mI   2   8.40"));
        assertEquals("RL 500 ml  1", Misreadings.repair("RL 500 m1  1"));
        assertEquals("Inj Metrogyl 100ml", Misreadings.repair("Inj Metrogyl 100mi"));
        assertEquals("Furosemide 20 mg", Misreadings.repair("Furosemide 20 mq"));
        assertEquals("Heparin 5000 IU Injection", Misreadings.repair("Heparin 5000 lu Injection"));
        assertEquals("Heparin 5000 IU Injection", Misreadings.repair("Heparin 5000 1U Injection"));
        assertEquals("Actrapid 40IU", Misreadings.repair("Actrapid 40Iu"));
    }

    @Test
    void leavesWordsNumbersAndAmbiguousReadingsAlone() {
        for (String line : new String[]{"Minimum charge mi", "Lumbar 2 min", "Ward 401U", "Amount 2,340.00",
                "Room 12 lux", "Tab Pan 40 1 10 mIn", "Insulin 40 IU per ml"}) {
            assertEquals(line, Misreadings.repair(line));
        }
    }

    @Test
    void readsABracketAfterINAsTheJOfInjOnlyWhenItClosesNothing() {
        assertEquals("INJ MONOCEF 1G   5   54.00", Misreadings.repair("IN) MONOCEF 1G   5   54.00"));
        assertEquals("3   INJ Metrogyl", Misreadings.repair("3   IN) Metrogyl"));
        assertEquals("11   Inj Pan 40", Misreadings.repair("11   In} Pan 40"));
        assertEquals("24   INJ CEFTRIAXONE 1GM", Misreadings.repair("24   IN] CEFTRIAXONE 1GM"));
        assertEquals("Amount (Rs. IN) 200.00", Misreadings.repair("Amount (Rs. IN) 200.00"));
        assertEquals("MAIN) 2", Misreadings.repair("MAIN) 2"));
    }
}

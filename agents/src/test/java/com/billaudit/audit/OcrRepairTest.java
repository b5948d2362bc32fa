package com.billaudit.audit;

import com.billaudit.domain.Category;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.TariffRow;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.billaudit.audit.Bills.line;
import static com.billaudit.audit.Bills.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OcrRepairTest {
    private static final Set<String> KNOWN = Set.of("blood", "sugar", "fasting", "urea", "room", "private", "tablet",
            "ferritin", "serum", "outpatient", "doctor", "visit", "dolo");

    @Test
    void wordsRunTogetherOrMisreadByALetterAreMendedIntoKnownWords() {
        assertEquals(List.of("blood", "sugar", "fasting"), OcrRepair.repair(List.of("bloodsugar", "fasting"), KNOWN::contains));
        assertEquals(List.of("blood", "urea"), OcrRepair.repair(List.of("blood", "urca"), KNOWN::contains));
        assertEquals(List.of("private", "room"), OcrRepair.repair(List.of("private", "rom"), KNOWN::contains));
        assertEquals(List.of("tablet"), OcrRepair.repair(List.of("tob"), KNOWN::contains));
        assertEquals(List.of("serum"), OcrRepair.repair(List.of("serum", "chorges"), KNOWN::contains), "a misread noise word goes");
        assertEquals(List.of("outpatient", "doctor", "visit"), OcrRepair.repair(List.of("opo", "ooctor", "visit"), KNOWN::contains));
        assertEquals(List.of("dolo"), OcrRepair.repair(List.of("oolo"), KNOWN::contains));
        assertEquals(List.of("hba", "1", "c"), OcrRepair.repair(List.of("hbaic"), Set.of("hba", "1", "c")::contains));
        assertEquals(List.of("vitamin", "d"), OcrRepair.repair(List.of("vitd"), Set.of("vitamin", "d")::contains));
    }

    @Test
    void unknownWordsThatMakeNothingKnownStayAsTheyAre() {
        assertEquals(List.of("ramesh", "kumar"), OcrRepair.repair(List.of("ramesh", "kumar"), KNOWN::contains));
    }

    @Test
    void digitsReadForLettersAreReadBackWhenThatMakesAKnownWord() {
        assertEquals(List.of("blood", "urea"), DescriptionNormaliser.tokens("8lood Urea", KNOWN::contains));
        assertEquals(List.of("serum", "ferritin"), DescriptionNormaliser.tokens("5erum Ferr1tin", KNOWN::contains));
        assertEquals(List.of("tablet", "x", "500", "mg"), DescriptionNormaliser.tokens("Tablet X 500mg", KNOWN::contains));
        assertEquals(List.of("tablet", "500", "mg"), DescriptionNormaliser.tokens("Tablet S00 mg", KNOWN::contains));
        assertEquals(List.of("tablet", "10"), DescriptionNormaliser.tokens("Tablet 1o", KNOWN::contains));
    }

    @Test
    void aScannedLineWithSlipsStillMatchesItsRow() {
        List<TariffRow> tariff = List.of(row("I1", "Serum Ferritin", "450", Category.INVESTIGATION),
                row("I2", "Blood Sugar Fasting", "40", Category.INVESTIGATION),
                row("B1", "Private Room", "3000", Category.ROOM),
                row("U1", "Urine Routine Examination", "100", Category.INVESTIGATION));
        TariffMatcher matcher = new TariffMatcher(Bills.rulebook(tariff, List.of()), null, Bills.SETTINGS);

        List<LineItem> matched = matcher.matchAll(List.of(line(1, "5erum Ferrltin", "1", "1", "1"),
                line(2, "BloodSugar Fastinq", "1", "1", "1"), line(3, "Prlvate Rom", "1", "1", "1"),
                line(4, "Dr Ramesh Kumar", "1", "1", "1"), line(5, "Unne Routine Examination", "1", "1", "1")));

        assertEquals("I1", matched.get(0).match().code());
        assertEquals("I2", matched.get(1).match().code());
        assertEquals("B1", matched.get(2).match().code());
        assertNull(matched.get(3).match());
        assertEquals("U1", matched.get(4).match().code());
    }
}

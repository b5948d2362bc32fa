package com.billaudit.audit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class DescriptionNormaliserTest {

    @Test
    void abbreviationsUnitsAndPunctuationMeetTheFullWording() {
        assertEquals(DescriptionNormaliser.key("Ceftazidime 1 g Injection"), DescriptionNormaliser.key("Inj. Ceftazidime 1gm"));
        assertEquals(DescriptionNormaliser.key("Tablet Losartan 50 mg"), DescriptionNormaliser.key("TAB LOSARTAN 50MG"));
        assertEquals(DescriptionNormaliser.key("Ultrasound Neck"), DescriptionNormaliser.key("USG - Neck"));
        assertEquals(DescriptionNormaliser.key("Electrocardiogram"), DescriptionNormaliser.key("E.C.G."));
        assertEquals(DescriptionNormaliser.key("Complete Blood Count"), DescriptionNormaliser.key("CBC"));
        assertEquals(DescriptionNormaliser.key("Intensive Care Unit"), DescriptionNormaliser.key("ICU Charges"));
        assertEquals(DescriptionNormaliser.key("X-Ray Wrist"), DescriptionNormaliser.key("XRAY WRIST"));
    }

    @Test
    void britishSpellingsPluralsAndNoiseWordsFold() {
        assertEquals(DescriptionNormaliser.key("Hemodialysis"), DescriptionNormaliser.key("Haemodialysis charges (per session)"));
        assertEquals(DescriptionNormaliser.key("Nebulization"), DescriptionNormaliser.key("Nebulisation"));
        assertEquals(DescriptionNormaliser.key("Pen Torch"), DescriptionNormaliser.key("Pen Torches"));
        assertEquals(List.of("doctor", "visit"), DescriptionNormaliser.tokens("Doctor's Visit Fee"));
    }

    @Test
    void strengthsStayApart() {
        assertNotEquals(DescriptionNormaliser.key("Tab Losartan 25 mg"), DescriptionNormaliser.key("Tab Losartan 50 mg"));
        assertEquals(List.of("dextrose", "5", "%", "500", "ml"), DescriptionNormaliser.tokens("Dextrose 5% 500ML"));
        assertEquals(List.of("salbutamol", "2.5", "mg"), DescriptionNormaliser.tokens("Salbutamol 2.50mg"));
    }

    @Test
    void aDescriptionOfOnlyNoiseKeepsItsTextAsKey() {
        assertEquals(List.of(), DescriptionNormaliser.tokens("Charges"));
        assertEquals("charges", DescriptionNormaliser.key(" Charges "));
        assertEquals(List.of(), DescriptionNormaliser.tokens(null));
    }

    @Test
    void commonSynonymsAndWordFormsMeet() {
        assertEquals(DescriptionNormaliser.key("Complete Blood Count"), DescriptionNormaliser.key("Full Blood Count"));
        assertEquals(DescriptionNormaliser.key("Cesarean Section"), DescriptionNormaliser.key("C-Section"));
        assertEquals(DescriptionNormaliser.key("Cardiac Monitor"), DescriptionNormaliser.key("Cardiac Monitoring"));
        assertEquals(DescriptionNormaliser.key("Lipid Profile"), DescriptionNormaliser.key("Lipid Panel"));
        assertEquals(DescriptionNormaliser.key("Salbutamol Respules"), DescriptionNormaliser.key("Salbutamol Nebules"));
    }
}

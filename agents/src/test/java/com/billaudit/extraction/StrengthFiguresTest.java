package com.billaudit.extraction;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Figures of strengths and pack sizes OCR read partly as letters, as real scanned bills print them. */
class StrengthFiguresTest {

    private static void reads(String expected, String printed) {
        assertEquals(expected, DescriptionText.clean(printed), printed);
    }

    private static void stays(String printed) {
        assertEquals(printed, DescriptionText.clean(printed), printed);
    }

    @Test
    void aLetterAmongOrAfterTheDigitsIsReadAsItsDigit() {
        reads("MAXOPEN -500GM INJ", "MAXOPEN -5O0GM INJ");
        reads("NIPRO 10ML", "NIPRO 1OML");
        reads("Paracetamol 650mg", "Paracetamol 6S0mg");
        reads("RL 100 ML", "RL 1O0 ML");
        reads("ERIDOT 0.5GM", "ERIDOT O.5GM");
    }

    @Test
    void millilitresMisreadAfterAFigureAreReadBack() {
        reads("INJ 500ml", "INJ 500mI");
        reads("ANEMOL 100Ml 1GM", "ANEMOL 100Mi 1GM");
        reads("NS 100Ml", "NS 1O0Mi");
        stays("MI PROFILE");
    }

    @Test
    void lettersBeforeTheDigitsAreReadOnlyWhereTheDigitsAloneWouldOpenWithAZero() {
        reads("ZYTHUM 500MG TAB", "ZYTHUM S00MG TAB");
        // a name's S before its size: "10CM" is a figure as printed
        stays("VEIN O LINE S10CM (ROMSON) (VE10)");
        stays("INJ NEOMOL S10ML");
    }

    @Test
    void aStrengthRunIntoTheWordAfterItIsReadAndSplit() {
        reads("ZYTHUM 500MG TAB", "ZYTHUM S00MGTAB");
        reads("NIPRO 10ML ATEM 1146", "NIPRO 1OMLATEM 1146");
        reads("5ML DS 5ML", "SMLDS 5ML");
    }

    @Test
    void aFigureOfLettersOnlyIsReadWhereTheLineSaysAFigureStandsThere() {
        // a 1 or 5 followed by zeros: no word is spelt so before a unit
        reads("NS 500ML", "NS SOOML");
        reads("RL 100ML", "RL IOOML");
        // a medicine's or a consumable's line: a strength or a count stands before the unit
        reads("DOLO 650 TAB 15TAB", "DOLO 650 TAB ISTAB");
        reads("BUSCOGAST INJ 1ML", "BUSCOGAST INJ IML");
        reads("TUBERCULIN SYRINGE 1cc 27 BD", "TUBERCULIN SYRINGE Icc.27 BD");
        reads("TUBERCULIN SYRINGE 1cc 27 BD", "TUBERCULIN SYRINGE lcc 27 BD");
    }

    @Test
    void wordsAndCodesShapedLikeAFigureStayAsPrinted() {
        stays("DENGUE IGM AND IGG");
        stays("SOS");
        stays("INJ ONDEM 4MG SOS");
        stays("BOX OF GLOVES");
        stays("IOL LENS FOLDABLE");
        stays("ICC TUBE 28FR");
        stays("K25E010002");
        stays("BATCH GTE3269B");
        stays("DOBS2990 DOLO 650 TAB");
        // "SML" is also small: a lone S reads as 5 only where the line prints the unit after digits
        stays("GLOVES SML");
        stays("DISPO SYRINGE SML");
        // the S after the point was no digit: a strength's fraction is rarely two digits
        stays("ERIDOT 1.5SGM (CEFTRIAXONE");
        // a letter with more than one digit reading (G: 0, 2 or 6) is a guess
        stays("NS 1G0ML");
        // SO GM or SOG ML: which letters are the figure's is not known
        stays("NS SOGMLECOPLACH");
        // a figure that would open with a zero is none
        stays("ANEMOL (OOML 1GM");
        stays("EMESET QML INJ");
    }

    @Test
    void aFigureLeftAsLettersIsFlagged() {
        assertTrue(DescriptionText.lettersForFigure(DescriptionText.clean("DISPO SYRINGE SML")));
        assertFalse(DescriptionText.lettersForFigure(DescriptionText.clean("DOLO 650 TAB ISTAB")));
        assertFalse(DescriptionText.lettersForFigure(DescriptionText.clean("DENGUE IGM AND IGG")));
    }
}

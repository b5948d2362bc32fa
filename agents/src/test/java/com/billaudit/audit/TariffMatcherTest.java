package com.billaudit.audit;

import com.billaudit.domain.Category;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.TariffRow;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static com.billaudit.audit.Bills.line;
import static com.billaudit.audit.Bills.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TariffMatcherTest {
    private static final List<TariffRow> TARIFF = List.of(
            row("I1", "Serum Ferritin", "450", Category.INVESTIGATION, "Ferritin"),
            row("I2", "Liver Function Test", "400", Category.INVESTIGATION),
            row("I3", "Urine Culture and Sensitivity", "350", Category.INVESTIGATION),
            row("R1", "Ultrasound Neck", "800", Category.IMAGING),
            row("R2", "X-Ray Wrist AP and Lateral", "300", Category.IMAGING),
            row("B1", "Room Rent - Twin Sharing", "1800", Category.ROOM, "Twin Sharing Room"),
            row("B2", "Intensive Care Unit Charges", "6000", Category.ROOM),
            row("M1", "Losartan 50 mg Tablet", "3.00", Category.MEDICINE),
            row("M2", "Losartan 25 mg Tablet", "2.00", Category.MEDICINE),
            row("M3", "Ceftazidime 1 g Injection", "95", Category.MEDICINE));

    private static TariffMatcher matcher(List<TariffRow> tariff, String region) {
        return new TariffMatcher(Bills.rulebook(tariff, List.of()), region, Bills.SETTINGS,
                Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));
    }

    private static String code(TariffMatcher matcher, String description) {
        LineItem matched = matcher.matchAll(List.of(line(1, description, "1", "100", "100"))).getFirst();
        return matched.match() == null ? null : matched.match().code();
    }

    @Test
    void billWordingsMeetTheTariffNames() {
        TariffMatcher matcher = matcher(TARIFF, null);

        assertEquals("I1", code(matcher, "S. Ferritin"));
        assertEquals("I2", code(matcher, "LFT"));
        assertEquals("I2", code(matcher, "Liver Function Tests (LFT)"));
        assertEquals("I3", code(matcher, "Urine C/S"));
        assertEquals("I3", code(matcher, "Urine Culture"));
        assertEquals("R1", code(matcher, "USG Neck"));
        assertEquals("R2", code(matcher, "XRay Wrist AP/Lat"));
        assertEquals("B1", code(matcher, "Twin Sharing Room Charges"));
        assertEquals("B2", code(matcher, "ICU Charges"));
        assertEquals("M3", code(matcher, "Inj. Ceftazidime 1gm"));
        assertEquals("M1", code(matcher, "TAB LOSARTAN 50MG"));
        assertEquals("M2", code(matcher, "Losartan 25mg Tab"));
    }

    @Test
    void unrelatedOrDifferentStrengthLinesStayUnmatched() {
        TariffMatcher matcher = matcher(TARIFF, null);

        assertNull(code(matcher, "Tab Losartan 100 mg"));
        assertNull(code(matcher, "Ultrasound Abdomen"));
        assertNull(code(matcher, "Serum Sodium"));
        assertNull(code(matcher, "Telephone charges"));
        assertNull(code(matcher, "Charges"));
    }

    private static final List<TariffRow> WARD_AND_THEATRE = List.of(
            row("T1", "Operation Theatre Charges", "5000", Category.PROCEDURE, "OT Charges"),
            row("T2", "Septoplasty", "18000", Category.PROCEDURE),
            row("T3", "Consultation - General Physician", "400", Category.CONSULTATION, "OPD Consultation"),
            row("T4", "Video Consultation", "300", Category.CONSULTATION),
            row("T5", "Serum Bilirubin", "150", Category.INVESTIGATION, "Bilirubin"),
            row("T6", "Defibrillation Charges", "900", Category.PROCEDURE),
            row("T7", "Room Rent - Semi Private", "2500", Category.ROOM, "Semi Private Room"),
            row("T8", "Room Rent - Private Room", "4000", Category.ROOM, "Private Room"),
            row("T9", "Peritoneal Dialysis", "3000", Category.PROCEDURE),
            row("T10", "Urine Culture and Sensitivity", "350", Category.INVESTIGATION),
            row("T11", "Kidney Function Test", "500", Category.INVESTIGATION));

    @Test
    void departmentHeadingsAndDoctorsNamesAreNotPartOfTheService() {
        TariffMatcher matcher = matcher(WARD_AND_THEATRE, null);

        assertEquals("T2", code(matcher, "OT - Septoplasty"));
        assertEquals("T2", code(matcher, "Proc: Septoplasty"));
        assertEquals("T5", code(matcher, "Path: Bilirubin"));
        assertEquals("T5", code(matcher, "Biochem/S. Bilirubin"));
        assertEquals("T4", code(matcher, "OPD - Video Consultation"), "not the row the heading names");
        assertEquals("T3", code(matcher, "OPD - Consultation"));
        assertEquals("T3", code(matcher, "Consultation - General Physician by Dr. K. Menon"));
        assertEquals("T3", code(matcher, "Consultation - General Physician - Dr. Iyer"));
        assertNull(code(matcher, "OT - Knee Arthroscopy"), "a heading alone is no match");
    }

    @Test
    void shortenedAndSplitWordsMeetTheTariff() {
        TariffMatcher matcher = matcher(WARD_AND_THEATRE, null);

        assertEquals("T6", code(matcher, "Defibrillation Chgs."));
        assertEquals("T7", code(matcher, "Bed Charges - Semi Private"));
        assertEquals("T7", code(matcher, "Semi Pvt Room"));
        assertEquals("T7", code(matcher, "Room Rent - Sem Private"), "OCR lost a letter of 'semi'");
        assertEquals("T8", code(matcher, "Bed Charges - Private Room"));
        assertNull(code(matcher, "Room Charges - Serre Private"), "a garbled 'Semi' is not the private room");
        assertEquals("T9", code(matcher, "Peritoneal Dia lysis"));
        assertEquals("T10", code(matcher, "Urine Culture & Sens."));
        assertEquals("T11", code(matcher, "Kidney Function Panel"));
    }

    @Test
    void aDescriptionThatFitsSeveralRowsAboutEquallyIsNotGuessed() {
        TariffMatcher matcher = matcher(List.of(
                row("G1", "Blood Glucose Fasting", "60", Category.INVESTIGATION),
                row("G2", "Blood Glucose Random", "60", Category.INVESTIGATION),
                row("G3", "Blood Glucose Post Prandial", "70", Category.INVESTIGATION),
                row("T1", "Tab Cefixime 200 mg", "12", Category.MEDICINE),
                row("T2", "Tab Cefixime 400 mg", "20", Category.MEDICINE)), null);

        assertNull(code(matcher, "Blood Glucose"));
        assertEquals("G2", code(matcher, "Random Blood Glucose"));
        assertNull(code(matcher, "TAB CEFIXIME"));
        assertEquals("T2", code(matcher, "TAB CEFIXIME 400MG"));
    }

    @Test
    void usualClinicalSynonymsMeet() {
        TariffMatcher matcher = matcher(List.of(
                row("S1", "Widal Test", "150", Category.INVESTIGATION),
                row("S2", "Troponin I", "900", Category.INVESTIGATION),
                row("S3", "HIV I and II Antibody", "400", Category.INVESTIGATION, "HIV Screening"),
                row("S4", "Thyroid Profile", "500", Category.INVESTIGATION),
                row("S5", "Thyroid Stimulating Hormone", "250", Category.INVESTIGATION, "TSH"),
                row("S6", "Urine Routine Examination", "120", Category.INVESTIGATION)), null);

        assertEquals("S1", code(matcher, "Typhoid Widal"));
        assertEquals("S2", code(matcher, "Cardiac Troponin-I"));
        assertEquals("S3", code(matcher, "HIV Test"));
        assertEquals("S3", code(matcher, "Anti HIV 1 & 2"));
        assertEquals("S4", code(matcher, "T3, T4, TSH"));
        assertEquals("S5", code(matcher, "S. TSH"));
        assertEquals("S6", code(matcher, "Urine Analysis"));
    }

    @Test
    void servicesThatOnlyLookAlikeStayApart() {
        TariffMatcher matcher = matcher(List.of(
                row("V1", "Electrocardiogram", "250", Category.IMAGING, "ECG"),
                row("V2", "Troponin I", "900", Category.INVESTIGATION),
                row("V3", "Elastic Bandage 10 cm", "80", Category.CONSUMABLE, "Elastic Bandage"),
                row("V4", "Serum Magnesium", "300", Category.INVESTIGATION, "Magnesium"),
                row("V5", "ICU Charges", "5000", Category.ROOM, "Intensive Care Unit"),
                row("V6", "X-Ray Lumbosacral Spine AP and Lateral", "600", Category.IMAGING),
                row("V7", "Blood Grouping and Rh Typing", "100", Category.INVESTIGATION)), null);

        assertNull(code(matcher, "EEG"), "another test, not a misread ECG");
        assertEquals("V1", code(matcher, "E.C.G."));
        assertNull(code(matcher, "Troponin T"));
        assertEquals("V2", code(matcher, "Trop-I"));
        assertNull(code(matcher, "Elastic Bandage 15 cm"), "the alias stands for the row's size");
        assertEquals("V3", code(matcher, "Elastic Bandage 10cm"));
        assertNull(code(matcher, "Magnesium Tablet"), "a medicine is not audited at a test's rate");
        assertEquals("V4", code(matcher, "LAB4471 S. Magnesium"), "an item code in the cell is not a word");
        assertNull(code(matcher, "NICU Charges"));
        assertNull(code(matcher, "Paediatric Intensive Care Unit"));
        assertEquals("V5", code(matcher, "Intensive Care Unit Charges"));
        assertNull(code(matcher, "X-Ray Cervical Spine AP and Lateral"), "another body part");
        assertEquals("V6", code(matcher, "X-Ray LS Spine AP/Lat"));
        assertEquals("V7", code(matcher, "ABO Grouping & Rh Typing"));
    }

    @Test
    void theMatchCarriesTheRowsRateAndCategory() {
        LineItem matched = matcher(TARIFF, null).matchAll(List.of(line(1, "Ferritin", "1", "500", "500"))).getFirst();

        assertEquals("Serum Ferritin", matched.match().name());
        assertEquals(Money.of("450"), matched.match().rate());
        assertEquals("TEST", matched.match().scheme());
        assertEquals(Category.INVESTIGATION, matched.category());
        assertTrue(matched.match().similarity() >= Bills.SETTINGS.matchThreshold());
    }

    @Test
    void aRegionsOwnRateReplacesTheNationalOne() {
        TariffRow national = row("I1", "Serum Ferritin", "450", Category.INVESTIGATION);
        TariffRow regional = new TariffRow("I1", "Serum Ferritin", Money.of("520"), "per test", Category.INVESTIGATION,
                List.of(), "KA", LocalDate.of(2024, 1, 1));
        TariffRow otherRegion = new TariffRow("I1", "Serum Ferritin", Money.of("600"), "per test",
                Category.INVESTIGATION, List.of(), "DL", LocalDate.of(2024, 1, 1));
        List<TariffRow> tariff = List.of(national, regional, otherRegion);
        LineItem line = line(1, "Serum Ferritin", "1", "500", "500");

        assertEquals(Money.of("520"), matcher(tariff, "ka").matchAll(List.of(line)).getFirst().match().rate());
        assertEquals(Money.of("450"), matcher(tariff, "MH").matchAll(List.of(line)).getFirst().match().rate());
        assertEquals(Money.of("450"), matcher(tariff, null).matchAll(List.of(line)).getFirst().match().rate());
    }

    @Test
    void theLatestVersionInForceOnTheLinesDateApplies() {
        TariffRow old = new TariffRow("I1", "Serum Ferritin", Money.of("400"), "per test", Category.INVESTIGATION,
                List.of(), null, LocalDate.of(2023, 1, 1));
        TariffRow current = new TariffRow("I1", "Serum Ferritin", Money.of("450"), "per test", Category.INVESTIGATION,
                List.of(), null, LocalDate.of(2025, 1, 1));
        TariffRow future = new TariffRow("I1", "Serum Ferritin", Money.of("500"), "per test", Category.INVESTIGATION,
                List.of(), null, LocalDate.of(2026, 1, 1));
        TariffMatcher matcher = matcher(List.of(old, current, future), null);

        assertEquals(Money.of("400"), rate(matcher, line(1, "Serum Ferritin", LocalDate.of(2024, 6, 1), "1", "1", "1")));
        assertEquals(Money.of("450"), rate(matcher, line(1, "Serum Ferritin", LocalDate.of(2025, 6, 1), "1", "1", "1")));
        assertEquals(Money.of("450"), rate(matcher, line(1, "Serum Ferritin", "1", "1", "1")), "undated: the clock's today");
    }

    @Test
    void aServiceWithOnlyFutureRatesIsNotMatched() {
        TariffRow future = new TariffRow("I9", "Serum Ferritin", Money.of("500"), "per test", Category.INVESTIGATION,
                List.of(), null, LocalDate.of(2026, 1, 1));

        assertNull(matcher(List.of(future), null).matchAll(List.of(line(1, "Serum Ferritin", "1", "1", "1")))
                .getFirst().match());
    }

    @Test
    void undatedLinesTakeTheBillsLatestDate() {
        TariffRow old = new TariffRow("I1", "Serum Ferritin", Money.of("400"), "per test", Category.INVESTIGATION,
                List.of(), null, LocalDate.of(2023, 1, 1));
        TariffRow current = new TariffRow("I1", "Serum Ferritin", Money.of("450"), "per test", Category.INVESTIGATION,
                List.of(), null, LocalDate.of(2025, 1, 1));
        List<LineItem> matched = matcher(List.of(old, current), null).matchAll(List.of(
                line(1, "Ward bed", LocalDate.of(2024, 3, 1), "1", "1", "1"),
                line(2, "Serum Ferritin", "1", "1", "1")));

        assertEquals(Money.of("400"), matched.get(1).match().rate());
    }

    @Test
    void theBillsOwnDateDecidesTheVersionForUndatedLines() {
        TariffRow old = new TariffRow("I1", "Serum Ferritin", Money.of("400"), "per test", Category.INVESTIGATION,
                List.of(), null, LocalDate.of(2023, 1, 1));
        TariffRow current = new TariffRow("I1", "Serum Ferritin", Money.of("450"), "per test", Category.INVESTIGATION,
                List.of(), null, LocalDate.of(2025, 1, 1));
        List<LineItem> matched = matcher(List.of(old, current), null)
                .matchAll(List.of(line(1, "Serum Ferritin", "1", "1", "1")), LocalDate.of(2024, 2, 1));

        assertEquals(Money.of("400"), matched.getFirst().match().rate());
    }

    @Test
    void theShortlistOffersTheClosestRowsForAHumanOrTheLlmToChoose() {
        List<TariffMatcher.Candidate> shortlist = matcher(TARIFF, null)
                .shortlist("Tab Losartan", LocalDate.of(2025, 6, 1), 3);

        assertEquals(List.of("M1", "M2"), shortlist.stream().map(c -> c.row().code()).sorted().limit(2).toList());
    }

    private static java.math.BigDecimal rate(TariffMatcher matcher, LineItem line) {
        return matcher.matchAll(List.of(line)).getFirst().match().rate();
    }
}

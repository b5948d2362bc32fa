package com.billaudit.locale;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import com.billaudit.testing.ScannedPages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocaleDetectorTest {

    private final LocaleDetector detector = new LocaleDetector();

    private static DocumentText text(String text) {
        return new DocumentText(List.of(new PageText(1, text.lines().map(TextLine::exact).toList(), TextSource.TEXT, null)));
    }

    private static DocumentText scanned(String text) {
        return ScannedPages.uniform(text, 0.9);
    }

    @Test
    void lakhGroupingIsIndian() {
        LocaleProfile profile = detector.detect(text("Surgery    1,50,000\nTOTAL      2,95,000\n"));
        assertEquals("en-IN", profile.tag());
        assertEquals("INR", profile.currency());
    }

    @Test
    void dollarAmountsAreAmerican() {
        LocaleProfile profile = detector.detect(text("Office visit   $150.00\nLab work   $25.00\nTotal   $175.00\n"));
        assertEquals("en-US", profile.tag());
        assertEquals("USD", profile.currency());
    }

    @Test
    void aSecondFieldAboveTwelveMeansMonthFirstDates() {
        LocaleProfile profile = detector.detect(text("Date of service 03/14/2025\nPaid 03/28/2025\n"), "INR");
        assertEquals("en-US", profile.tag());
        assertEquals(DateOrder.MONTH_FIRST, profile.dateOrder());
    }

    @Test
    void aFirstFieldAboveTwelveMeansDayFirstDates() {
        LocaleProfile profile = detector.detect(text("Bill date 24/11/2025\nAdmission 18/11/2025\n"), "USD");
        assertEquals("en-IN", profile.tag());
        assertEquals(DateOrder.DAY_FIRST, profile.dateOrder());
    }

    @Test
    void aDollarSignOnAScanIsNotTakenForDollars() {
        // the OCR engine has no rupee sign and reads it as "$": the day-first dates decide
        LocaleProfile profile = detector.detect(scanned("""
                CONSULTATION CHARGES   21/11/2025   $1000.00
                ROOM RENT              22/11/2025   $4500.00
                NURSING CHARGES        22/11/2025   $1200.00
                """));
        assertEquals("en-IN", profile.tag());
    }

    @Test
    void theSchemesCurrencySettlesADocumentThatSaysNothing() {
        DocumentText plain = text("Consultation 500.00\nTotal 500.00\n");
        assertEquals("USD", detector.detect(plain, "USD").currency());
        assertEquals("INR", detector.detect(plain, "INR").currency());
    }

    @Test
    void clearEvidenceOutweighsTheScheme() {
        assertEquals("en-US", detector.detect(text("""
                Patient Responsibility: $125.00
                Insurance Adjustment: -$60.00
                """), "INR").tag());
    }

    @Test
    void withNothingToGoOnTheFirstListedLocaleIsAssumed() {
        assertEquals(LocaleProfile.supported().getFirst(), detector.detect(text("Consultation 500.00\n")).tag());
    }
}

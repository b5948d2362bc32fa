package com.billaudit.extraction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateReaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "12/04/2025; 2025-04-12",
            "12-04-25; 2025-04-12",
            "3.7.2025; 2025-07-03",
            "20-Apr-2025; 2025-04-20",
            "20 Apr 25; 2025-04-20",
            "21-Nov-25; 2025-11-21",
            "2025-04-20; 2025-04-20",
            "04/25/2025; 2025-04-25"})
    void readsDayFirstDates(String printed, String iso) {
        assertEquals(LocalDate.parse(iso), DateReader.read(printed).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "en-US; 05/11/2025; 2025-05-11",
            "en-IN; 05/11/2025; 2025-11-05",
            "en-US; 15/11/2025; 2025-11-15",
            "en-US; Jan 15, 2025; 2025-01-15",
            "en-IN; February 6, 2026; 2026-02-06",
            "en-US; Sept. 3 2024; 2024-09-03"})
    void readsDatesInTheDocumentsOrderAndMonthFirstWhenTheNameComesFirst(String locale, String printed, String iso) {
        LocalDate read = ReadingLocale.within(com.billaudit.locale.LocaleProfile.of(locale), () -> DateReader.read(printed).orElseThrow());
        assertEquals(LocalDate.parse(iso), read);
    }

    @Test
    void completesADateWhoseYearWrappedBelow() {
        assertTrue(DateReader.isPartial("07-Sep-"));
        assertEquals(LocalDate.of(2025, 9, 7), DateReader.complete("07-Sep-", "25").orElseThrow());
    }

    @Test
    void tellsExpiryFromDates() {
        assertTrue(DateReader.isExpiry("12/28"));
        assertFalse(DateReader.read("12/28").isPresent());
    }

    @Test
    void readsGarbledDatesOnlyWithinTheTablesRange() {
        LocalDate from = LocalDate.of(2025, 4, 5);
        LocalDate to = LocalDate.of(2025, 4, 7);
        assertEquals(LocalDate.of(2025, 4, 7), DateRepair.read("oF Apr", from, to).orElseThrow());
        assertEquals(LocalDate.of(2025, 4, 6), DateRepair.read("o6-Apr-", from, to).orElseThrow());
        assertEquals(LocalDate.of(2025, 4, 5), DateRepair.read("O5 fpr", from, to).orElseThrow());
        assertTrue(DateRepair.read("oe ner", from, to).isEmpty());
        assertTrue(DateRepair.read("19 Apr", from, to).isEmpty());
    }
}

package com.billaudit.extraction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberReaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "1,25,000.00; 125000.00; false",
            "125,000.00; 125000.00; false",
            "₹1,250.50; 1250.50; false",
            "Rs.95,000; 95000; false",
            "INR250; 250; false",
            "450/-; 450; false",
            "0.5; 0.5; false",
            "(100.00); 100.00; false",
            "1,250,00; 1250.00; true",
            "250,00; 250.00; true",
            "1.250.00; 1250.00; true",
            "5OO.00; 500.00; true",
            "l0; 10; true",
            "$0.40; 50.40; true",
            "INR-500.00:; 500.00; false",
            "4,465.48/; 4465.48; false",
            "¥99592.33; 99592.33; false",
            "—-1,840.00; 1840.00; false",
            "#38000.00; 38000.00; false",
            "772-79; 772.79; true"})
    void readsPrintedAmounts(String printed, String value, boolean repaired) {
        PrintedNumber n = NumberReader.read(printed).orElseThrow();
        assertEquals(0, new BigDecimal(value).compareTo(n.value()), printed);
        assertEquals(repaired, n.repaired(), printed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#118", "2024-25", "12-05", "B003", "BOO1", "Is", "SOS", "ml", "12/28", "Tab", "-", "UH587524", "2D", "3D"})
    void leavesCodesAndWordsAlone(String printed) {
        assertTrue(NumberReader.read(printed).isEmpty(), printed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "en-US; $150.00; 150.00",
            "en-US; -$2,500.00; 2500.00",
            "en-IN; $150.00; 5150.00",
            "en-IN; \u00b917,500; 17500",
    })
    void readsASignAsTheDocumentsLocaleWritesIt(String locale, String printed, String expected) {
        // a dollar sign opens amounts on a US statement; on a rupee bill it can only be OCR's reading of a 5
        BigDecimal read = ReadingLocale.within(com.billaudit.locale.LocaleProfile.of(locale),
                () -> NumberReader.read(printed).orElseThrow().value());
        assertEquals(0, new BigDecimal(expected).compareTo(read), read.toPlainString());
    }
}

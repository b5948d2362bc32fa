package com.billaudit.locale;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocaleProfileTest {

    @Test
    void eachSupportedLocaleHasItsConventions() {
        LocaleProfile india = LocaleProfile.of("en-IN");
        assertEquals(List.of("INR", DateOrder.DAY_FIRST, DigitGrouping.LAKH, '.', ','),
                List.of(india.currency(), india.dateOrder(), india.grouping(), india.decimalMark(), india.groupMark()));
        LocaleProfile us = LocaleProfile.of("en-US");
        assertEquals(List.of("USD", DateOrder.MONTH_FIRST, DigitGrouping.THOUSANDS),
                List.of(us.currency(), us.dateOrder(), us.grouping()));
    }

    @Test
    void amountsAreDecimalsGroupedDigitsOrSignedFigures() {
        Pattern india = LocaleProfile.of("en-IN").amountShape();
        for (String amount : List.of("1180.00", "1,50,000", "Rs 500", "Rs.500", "₹17,500", "500/-", "4,690.00")) {
            assertTrue(india.matcher(amount).find(), amount);
        }
        for (String notAnAmount : List.of("30049099", "2 TAB", "12/2026", "Qty 3")) {
            assertFalse(india.matcher(notAnAmount).find(), notAnAmount);
        }
        assertTrue(LocaleProfile.of("en-US").amountShape().matcher("$15").find());
    }

    @Test
    void aLocaleIsFoundByItsCurrency() {
        assertEquals("en-US", LocaleProfile.forCurrency("usd").orElseThrow().tag());
        assertTrue(LocaleProfile.forCurrency("EUR").isEmpty());
    }
}

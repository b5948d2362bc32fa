package com.billaudit.llm.explain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AmountGuardTest {

    private final AmountGuard guard = new AmountGuard("OVERCHARGE lines [3], amount 1250.00; recoverable 4500.00 (12.50 %)");

    @Test
    void acceptsFiguresOfTheInputInAnyPrintedFormat() {
        assertEquals(Optional.empty(), guard.inventedFigure("You were overcharged ₹1,250 on line 3; recover Rs. 4,500.00."));
    }

    @Test
    void ignoresBareIntegersSuchAsLineNumbersAndHours() {
        assertEquals(Optional.empty(), guard.inventedFigure("See lines 3 and 7; the ICU stay was 48 hours 2 days."));
    }

    @Test
    void flagsAFigureTheAuditNeverProduced() {
        assertEquals(Optional.of("₹ 2,000"), guard.inventedFigure("In total you can claim back ₹ 2,000."));
    }

    @Test
    void flagsAnInventedPercentage() {
        assertEquals(Optional.of("15.00"), guard.inventedFigure("That is 15.00 % of the bill."));
    }

    @Test
    void aWholeNumberAfterAnyLocalesCurrencySignIsMoney() {
        assertEquals(Optional.empty(), guard.inventedFigure("Ask for Rupees 4500 back."));
        assertEquals(Optional.of("USD 300"), guard.inventedFigure("The room was billed at USD 300 a night."));
    }
}

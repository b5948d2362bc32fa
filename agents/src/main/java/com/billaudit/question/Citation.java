package com.billaudit.question;

/**
 * What an answer rests on: a line item or a finding of the analysis, 1-based as the analysis
 * numbers them. Exactly one of the two is set.
 */
public record Citation(Integer lineItem, Integer finding) {

    public static Citation line(int index) {
        return new Citation(index, null);
    }

    public static Citation finding(int number) {
        return new Citation(null, number);
    }
}

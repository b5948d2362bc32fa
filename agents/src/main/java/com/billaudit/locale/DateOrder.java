package com.billaudit.locale;

/** How an all-numeric date orders its day and month: {@code 05/11/2025} is 5 November or May 11. */
public enum DateOrder {
    DAY_FIRST,
    MONTH_FIRST;

    /** {@code day-first} or {@code month-first}, as a locale's {@code dates.txt} says. */
    static DateOrder fromEntry(String value) {
        return switch (value) {
            case "day-first" -> DAY_FIRST;
            case "month-first" -> MONTH_FIRST;
            default -> throw new IllegalStateException("date order must be day-first or month-first: " + value);
        };
    }
}

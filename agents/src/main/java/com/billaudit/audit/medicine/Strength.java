package com.billaudit.audit.medicine;

import java.math.BigDecimal;

/**
 * A strength or size printed with a medicine: {@code 650 mg}, {@code 1 g}, {@code 40 IU},
 * {@code 0.9 %}, {@code 500 ml}, or a bare number ({@code Dolo 650}) whose unit is implied.
 *
 * @param value    the number as printed
 * @param unit     {@code mg, mcg, g, iu, ml, %} or empty for a bare number
 * @param perUnit  true when it is the denominator of a concentration ({@code per 5 ml}, {@code /ml})
 */
record Strength(BigDecimal value, String unit, boolean perUnit) {

    boolean isVolume() {
        return unit.equals("ml");
    }

    /** The amount in milligrams when the unit is a mass, so that 1 g and 1000 mg agree; else null. */
    BigDecimal milligrams() {
        return switch (unit) {
            case "mg" -> value;
            case "g" -> value.movePointRight(3);
            case "mcg" -> value.movePointLeft(3);
            default -> null;
        };
    }

    /** Whether two printed strengths name the same amount (a bare number agrees with the same number in any unit). */
    boolean agrees(Strength other) {
        if (value.compareTo(other.value) == 0 && (unit.isEmpty() || other.unit.isEmpty() || unit.equals(other.unit))) {
            return true;
        }
        BigDecimal a = milligrams();
        BigDecimal b = other.milligrams();
        return a != null && b != null && a.compareTo(b) == 0;
    }
}

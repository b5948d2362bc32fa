package com.billaudit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one money type of the service is {@link BigDecimal} at scale 2; this class is where such
 * values are made, so that every amount in the system has the same scale and rounding.
 */
public final class Money {
    public static final BigDecimal ZERO = scaled(BigDecimal.ZERO);
    public static final BigDecimal HUNDRED = scaled(BigDecimal.valueOf(100));

    private Money() {
    }

    /** {@code value} at scale 2, rounded half-up; null stays null. */
    public static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Parses a plain decimal such as {@code "1234.50"} (no grouping, no currency). */
    public static BigDecimal of(String plainDecimal) {
        return scaled(new BigDecimal(plainDecimal.trim()));
    }

    public static BigDecimal of(long units) {
        return scaled(BigDecimal.valueOf(units));
    }

    /** {@code quantity × unitPrice} at scale 2. */
    public static BigDecimal times(BigDecimal quantity, BigDecimal unitPrice) {
        return scaled(quantity.multiply(unitPrice));
    }

    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static boolean isPositive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}

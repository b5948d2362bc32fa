package com.billaudit.domain;

import java.math.BigDecimal;

/**
 * A payer's rulebook header.
 *
 * @param overchargeTolerance fraction above the reference rate still accepted, e.g. 0.10
 */
public record Scheme(String code, String name, String currency, BigDecimal overchargeTolerance) {
}

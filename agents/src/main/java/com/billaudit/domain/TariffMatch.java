package com.billaudit.domain;

import java.math.BigDecimal;

/**
 * The reference row a line item was matched to.
 *
 * @param similarity how alike the line's description and the row are, 0..1
 */
public record TariffMatch(String scheme, String code, String name, BigDecimal rate, String unit, double similarity) {
}

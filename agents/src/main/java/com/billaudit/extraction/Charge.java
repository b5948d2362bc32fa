package com.billaudit.extraction;

import java.math.BigDecimal;

/**
 * The quantity, unit price and amount of a charge row.
 *
 * @param certainty  1 when every value was printed and read cleanly, lower for values worked out or repaired
 * @param consistent whether quantity × unit price equals the amount as printed
 */
record Charge(BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, double certainty, boolean consistent) {
}

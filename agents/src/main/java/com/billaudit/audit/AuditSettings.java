package com.billaudit.audit;

import java.math.BigDecimal;

/**
 * The audit's thresholds (the contract's defaults; each is configuration).
 *
 * @param defaultTolerance      overcharge tolerance for a scheme that sets none (0.10 = 10 %)
 * @param matchThreshold        similarity below which a tariff match is too weak to audit a rate (0..1)
 * @param arithmeticAbsolute    ARITHMETIC fires when |qty × price − amount| exceeds this …
 * @param arithmeticRelative    … and this fraction of the amount (0.005 = 0.5 %)
 * @param totalTolerance        TOTAL_MISMATCH fires beyond this difference
 * @param okBelow               verdict is ok while recoverable is below this
 * @param criticalPct           verdict is critical from this recoverable percentage on
 */
public record AuditSettings(BigDecimal defaultTolerance, double matchThreshold, BigDecimal arithmeticAbsolute,
                            BigDecimal arithmeticRelative, BigDecimal totalTolerance, BigDecimal okBelow,
                            BigDecimal criticalPct) {

    public static AuditSettings defaults() {
        return new AuditSettings(new BigDecimal("0.10"), 0.80, new BigDecimal("1.00"), new BigDecimal("0.005"),
                new BigDecimal("1.00"), new BigDecimal("1.00"), new BigDecimal("10"));
    }
}

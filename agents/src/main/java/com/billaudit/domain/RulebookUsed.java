package com.billaudit.domain;

import java.time.LocalDate;

/**
 * Which versions of the scheme's lists an analysis was audited against, and why: they were the
 * ones in force on {@code appliedOn} (the bill's date, or the day of the analysis).
 *
 * @param tariffVersion           0 when the scheme has no tariff
 * @param effectiveFrom           first day the tariff version applies, or null when not known
 * @param nonPayableVersion       0 when the scheme has no non-payable list
 * @param nonPayableEffectiveFrom first day the non-payable version applies, or null when not known
 * @param appliedOn               the date the versions were chosen for
 */
public record RulebookUsed(int tariffVersion, LocalDate effectiveFrom, int nonPayableVersion,
                           LocalDate nonPayableEffectiveFrom, LocalDate appliedOn) {
}

package com.billaudit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One reference rate of a scheme.
 *
 * @param aliases       other names the service is billed under
 * @param region        region code the rate applies to, or null for a national rate
 * @param effectiveFrom first day the rate applies, or null
 */
public record TariffRow(String code, String name, BigDecimal rate, String unit, Category category,
                        List<String> aliases, String region, LocalDate effectiveFrom) {
    public TariffRow {
        aliases = List.copyOf(aliases);
    }
}

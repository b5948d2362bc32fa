package com.billaudit.server.scheme;

import com.billaudit.domain.TariffRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One tariff row in the CSV's own terms, category lowercase. */
public record TariffRowJson(String code, String name, BigDecimal rate, String unit, String category,
                            List<String> aliases, String region, LocalDate effectiveFrom) {

    static TariffRowJson of(TariffRow row) {
        return new TariffRowJson(row.code(), row.name(), row.rate(), row.unit(),
                row.category() == null ? null : row.category().code(), row.aliases(), row.region(), row.effectiveFrom());
    }
}

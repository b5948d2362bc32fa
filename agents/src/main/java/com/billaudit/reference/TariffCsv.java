package com.billaudit.reference;

import com.billaudit.domain.TariffRow;

/**
 * Reads a tariff CSV: {@code code,name,rate,unit,category,aliases,region,effective_from}, header
 * row required, aliases separated by {@code |}, region and effective_from may be empty.
 */
public final class TariffCsv {
    private TariffCsv() {
    }

    public static CsvImport<TariffRow> parse(String csv) {
        throw new UnsupportedOperationException("TODO");
    }
}

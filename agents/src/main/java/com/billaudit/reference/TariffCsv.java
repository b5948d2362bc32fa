package com.billaudit.reference;

import com.billaudit.domain.Category;
import com.billaudit.domain.TariffRow;
import com.billaudit.reference.CsvTable.BadRow;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a tariff CSV: {@code code,name,rate,unit,category,aliases,region,effective_from}, header
 * row required, aliases separated by {@code |}, region and effective_from may be empty.
 */
public final class TariffCsv {
    static final List<String> REQUIRED = List.of("code", "name", "rate", "unit", "category");
    static final List<String> OPTIONAL = List.of("aliases", "region", "effective_from");
    private static final Pattern REGION = Pattern.compile("[A-Z0-9_-]{1,16}");
    private static final String CATEGORIES = Arrays.stream(Category.values()).map(Category::code)
            .collect(Collectors.joining(", "));

    private TariffCsv() {
    }

    public static CsvImport<TariffRow> parse(String csv) {
        return CsvTable.read(csv, REQUIRED, OPTIONAL, noRepeats(new HashMap<>(), TariffCsv::row));
    }

    /** An uploaded file, which must be UTF-8. */
    public static CsvImport<TariffRow> parse(byte[] csv) {
        return CsvTable.read(csv, REQUIRED, OPTIONAL, noRepeats(new HashMap<>(), TariffCsv::row));
    }

    private static TariffRow row(CsvTable.Row row) {
        String code = row.required("code");
        String name = row.required("name");
        var rate = CsvCells.money("rate", row.required("rate"));
        Category category = Category.parse(row.required("category"));
        if (category == null) {
            throw new BadRow("unknown category '" + row.get("category") + "' (one of " + CATEGORIES + ")");
        }
        String region = row.get("region").toUpperCase(Locale.ROOT);
        if (!region.isEmpty() && !REGION.matcher(region).matches()) {
            throw new BadRow("region is not a region code: " + row.get("region"));
        }
        return new TariffRow(code, name, rate, row.get("unit"), category, CsvCells.aliases(row.get("aliases")),
                region.isEmpty() ? null : region, CsvCells.optionalDate("effective_from", row.get("effective_from")));
    }

    /** The same code for the same region and start date twice would make the rate ambiguous. */
    private static Function<CsvTable.Row, TariffRow> noRepeats(Map<String, Integer> seen,
                                                               Function<CsvTable.Row, TariffRow> reader) {
        return row -> {
            TariffRow parsed = reader.apply(row);
            String key = parsed.code().toUpperCase(Locale.ROOT) + "|" + parsed.region() + "|" + parsed.effectiveFrom();
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                throw new BadRow("code " + parsed.code() + " repeats line " + first
                        + " (same region and effective_from)");
            }
            return parsed;
        };
    }
}

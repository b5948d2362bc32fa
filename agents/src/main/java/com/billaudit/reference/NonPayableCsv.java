package com.billaudit.reference;

import com.billaudit.domain.NonPayableItem;
import com.billaudit.reference.CsvTable.BadRow;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Reads a non-payable CSV: {@code name,category,reason,aliases}, header row required. */
public final class NonPayableCsv {
    static final List<String> REQUIRED = List.of("name");
    static final List<String> OPTIONAL = List.of("category", "reason", "aliases");

    private NonPayableCsv() {
    }

    public static CsvImport<NonPayableItem> parse(String csv) {
        return CsvTable.read(csv, REQUIRED, OPTIONAL, rowReader());
    }

    /** An uploaded file, which must be UTF-8. */
    public static CsvImport<NonPayableItem> parse(byte[] csv) {
        return CsvTable.read(csv, REQUIRED, OPTIONAL, rowReader());
    }

    private static Function<CsvTable.Row, NonPayableItem> rowReader() {
        Map<String, Integer> firstLineOfName = new HashMap<>();
        return row -> {
            String name = row.required("name");
            Integer first = firstLineOfName.putIfAbsent(name.toLowerCase(Locale.ROOT), row.line());
            if (first != null) {
                throw new BadRow("name '" + name + "' repeats line " + first);
            }
            return new NonPayableItem(name, emptyToNull(row.get("category")), emptyToNull(row.get("reason")),
                    CsvCells.aliases(row.get("aliases")));
        };
    }

    private static String emptyToNull(String cell) {
        return cell.isEmpty() ? null : cell;
    }
}

package com.billaudit.reference;

import com.billaudit.reference.CsvImport.RowError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A reference CSV read against its expected columns: checks the header row, then hands each data
 * row to a row reader that either returns the parsed value or throws {@link BadRow}. Every bad
 * row is reported, so one upload names all its problems at once.
 */
final class CsvTable {

    /** A data row, its cells looked up by column name. */
    record Row(int line, Map<String, String> cells) {
        /** The cell, trimmed; empty when the column is absent or the cell is blank. */
        String get(String column) {
            return cells.getOrDefault(column, "");
        }

        String required(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                throw new BadRow(column + " is missing");
            }
            return value;
        }
    }

    /** Why one row cannot be imported. */
    static final class BadRow extends RuntimeException {
        BadRow(String reason) {
            super(reason, null, false, false);
        }
    }

    private CsvTable() {
    }

    /** Reads the bytes of an upload, which must be UTF-8 (see {@link CsvText}). */
    static <T> CsvImport<T> read(byte[] csv, List<String> required, List<String> optional,
                                 Function<Row, T> reader) {
        CsvText.Decoded decoded = CsvText.decode(csv == null ? new byte[0] : csv);
        if (!decoded.errors().isEmpty()) {
            return new CsvImport<>(List.of(), decoded.errors());
        }
        return read(decoded.text(), required, optional, reader);
    }

    /**
     * @param required columns the header must name
     * @param optional columns the header may name
     */
    static <T> CsvImport<T> read(String csv, List<String> required, List<String> optional,
                                 Function<Row, T> reader) {
        List<CsvRecords.Record> records;
        try {
            records = CsvRecords.parse(csv == null ? "" : csv);
        } catch (CsvRecords.MalformedCsv e) {
            return failed(e.line(), e.getMessage());
        }
        if (records.isEmpty()) {
            return failed(1, "the file is empty; a header row is required: " + String.join(",", required));
        }
        CsvRecords.Record header = records.getFirst();
        Optional<String> headerProblem = headerProblem(header.fields(), required, optional);
        if (headerProblem.isPresent()) {
            return failed(header.line(), headerProblem.get());
        }
        if (records.size() == 1) {
            return failed(header.line(), "the file has a header but no data rows");
        }
        List<String> columns = header.fields().stream().map(CsvTable::column).toList();
        List<T> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (CsvRecords.Record record : records.subList(1, records.size())) {
            if (record.fields().size() != columns.size()) {
                errors.add(new RowError(record.line(), "expected " + columns.size() + " fields, found "
                        + record.fields().size()));
                continue;
            }
            try {
                rows.add(reader.apply(new Row(record.line(), cells(columns, record.fields()))));
            } catch (BadRow e) {
                errors.add(new RowError(record.line(), e.getMessage()));
            }
        }
        return errors.isEmpty() ? new CsvImport<>(rows, List.of()) : new CsvImport<>(List.of(), errors);
    }

    private static Optional<String> headerProblem(List<String> header, List<String> required, List<String> optional) {
        List<String> names = header.stream().map(CsvTable::column).toList();
        List<String> missing = required.stream().filter(c -> !names.contains(c)).toList();
        if (!missing.isEmpty()) {
            return Optional.of("header row required with columns " + String.join(",", required)
                    + (optional.isEmpty() ? "" : "[," + String.join(",", optional) + "]") + "; missing " + missing);
        }
        List<String> unknown = names.stream().filter(n -> !required.contains(n) && !optional.contains(n)).toList();
        if (!unknown.isEmpty()) {
            return Optional.of("unknown column(s) " + unknown);
        }
        if (names.stream().distinct().count() != names.size()) {
            return Optional.of("a column is named twice in the header");
        }
        return Optional.empty();
    }

    private static String column(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> cells(List<String> columns, List<String> fields) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.put(columns.get(i), fields.get(i));
        }
        return cells;
    }

    private static <T> CsvImport<T> failed(int line, String reason) {
        return new CsvImport<>(List.of(), List.of(new RowError(line, reason)));
    }
}

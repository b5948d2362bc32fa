package com.billaudit.reference;

import java.util.List;

/**
 * A parsed reference CSV: the rows, or the reasons it cannot be imported. An import is all or
 * nothing, so a caller stores {@code rows} only when {@code errors} is empty.
 */
public record CsvImport<T>(List<T> rows, List<RowError> errors) {
    public CsvImport {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** @param line 1-based line number in the file (the header is line 1) */
    public record RowError(int line, String reason) {
    }
}

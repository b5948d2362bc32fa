package com.billaudit.reference;

import com.billaudit.domain.Money;
import com.billaudit.reference.CsvTable.BadRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** Parsers for the typed cells of the reference CSVs; each throws {@link BadRow} with a reason. */
final class CsvCells {
    private CsvCells() {
    }

    /** A non-negative amount such as {@code 1500}, {@code 1500.50} or {@code "1,500.50"}. */
    static BigDecimal money(String column, String cell) {
        String plain = cell.replace(",", "");
        try {
            BigDecimal value = new BigDecimal(plain);
            if (value.signum() < 0) {
                throw new BadRow(column + " must not be negative: " + cell);
            }
            if (value.stripTrailingZeros().scale() > 2) {
                throw new BadRow(column + " has more than two decimals: " + cell);
            }
            return Money.scaled(value);
        } catch (NumberFormatException e) {
            throw new BadRow(column + " is not a number: " + cell);
        }
    }

    /** An ISO date ({@code 2025-01-31}), or null for an empty cell. */
    static LocalDate optionalDate(String column, String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            throw new BadRow(column + " is not a date (YYYY-MM-DD): " + cell);
        }
    }

    /** The {@code |}-separated names of a cell, blanks dropped. */
    static List<String> aliases(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}

package com.billaudit.reference;

import com.billaudit.domain.Money;
import com.billaudit.reference.CsvTable.BadRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Parsers for the typed cells of the reference CSVs; each throws {@link BadRow} with a reason. */
final class CsvCells {
    /**
     * Integer digits a rate may have: the money columns are {@code numeric(12,2)}, so at most
     * 9,999,999,999.99.
     */
    static final int MAX_INTEGER_DIGITS = 10;
    /** Longer than any amount that fits, with grouping commas and trailing zeros to spare. */
    private static final int MAX_AMOUNT_CHARS = 32;
    /**
     * The only shapes an amount may take, checked before {@link BigDecimal} sees it: a cell such
     * as {@code 1e100000000} would otherwise make it compute a number with a hundred million digits.
     */
    private static final Pattern AMOUNT = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d*)?|-?\\.\\d+");

    private CsvCells() {
    }

    /** A non-negative amount such as {@code 1500}, {@code 1500.50} or {@code "1,500.50"}. */
    static BigDecimal money(String column, String cell) {
        // bounded before any regex: a group repeated thousands of times would recurse as deep
        if (cell.length() > MAX_AMOUNT_CHARS || !AMOUNT.matcher(cell).matches()) {
            throw new BadRow(column + " is not a number: " + abbreviated(cell));
        }
        String plain = cell.replace(",", "");
        String digits = plain.replaceFirst("^-?0*", "");
        int point = digits.indexOf('.');
        if ((point < 0 ? digits.length() : point) > MAX_INTEGER_DIGITS) {
            throw new BadRow(column + " is too large (at most " + MAX_INTEGER_DIGITS + " digits before the point): "
                    + cell);
        }
        BigDecimal value = new BigDecimal(plain.endsWith(".") ? plain + "0" : plain);
        if (value.signum() < 0) {
            throw new BadRow(column + " must not be negative: " + cell);
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new BadRow(column + " has more than two decimals: " + cell);
        }
        return Money.scaled(value);
    }

    /** A cell quoted back in an error, cut short: a bad cell may be megabytes long. */
    private static String abbreviated(String cell) {
        return cell.length() <= 40 ? cell : cell.substring(0, 40) + "…";
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

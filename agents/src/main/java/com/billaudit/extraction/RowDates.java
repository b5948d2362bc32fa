package com.billaudit.extraction;

import com.billaudit.lexicon.Lexicons;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Service dates of charge rows: printed once for a day's rows or as a heading above them, cut
 * in two by a narrow column, or garbled by OCR.
 */
final class RowDates {

    /** The lexicon's date-heading words, and "": a token with no letters at all (":", "-") passes too. */
    private static final Set<String> HEADING_WORDS = Stream.concat(Stream.of(""),
            Lexicons.kind("table-words", "date-heading").stream()).collect(Collectors.toUnmodifiableSet());
    private static final double REPAIRED = 0.85;
    private static final double UNREADABLE = 0.7;

    private RowDates() {
    }

    /** A date standing alone in the table, or with a few words such as "Services on": the date of the rows below. */
    static Optional<LocalDate> heading(List<Token> tokens, RowCells cells) {
        if (cells.hasNumbers() || cells.serial() != null) {
            return Optional.empty();
        }
        List<Token> dates = tokens.stream().filter(t -> t.kind() == TokenKind.DATE).toList();
        List<Token> others = tokens.stream().filter(t -> t.kind() != TokenKind.DATE).toList();
        boolean fillerOnly = others.stream()
                .allMatch(t -> HEADING_WORDS.contains(t.text().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")));
        if (dates.size() != 1 || others.size() > 3 || !fillerOnly) {
            return Optional.empty();
        }
        return DateReader.read(dates.getFirst().text());
    }

    /**
     * When the row above printed a date cut short ("07-Sep-") or garbled, and {@code words} (the
     * next line) starts with its year, completes the date; returns whether the year was used.
     */
    static boolean completeWithYearBelow(DraftItem above, List<Token> words) {
        if (above == null || above.date != null || words.isEmpty() || !words.getFirst().text().matches("\\d{2}|\\d{4}")
                || above.cells.partialDate() == null && above.cells.dateScraps() == null) {
            return false;
        }
        if (above.cells.partialDate() != null) {
            above.date = DateReader.complete(above.cells.partialDate(), words.getFirst().text()).orElse(null);
        }
        return true;
    }

    /** Dates OCR garbled are read again within the range of the table's clean dates. */
    static void repair(List<DraftItem> items) {
        LocalDate earliest = items.stream().map(i -> i.date).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        LocalDate latest = items.stream().map(i -> i.date).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        for (DraftItem item : items) {
            String scraps = item.cells.dateScraps() != null ? item.cells.dateScraps() : item.cells.partialDate();
            if (item.date == null && scraps != null) {
                item.date = DateRepair.read(scraps, earliest, latest).orElse(null);
                item.confidence *= item.date == null ? UNREADABLE : REPAIRED;
            }
        }
    }

    /**
     * Ledgers print a date once for the rows of one day, in the first row or as a heading: the rows
     * below share it. A row whose own date is printed but unreadable does not: its day is unknown.
     */
    static void carryForward(List<TableEntry> entries) {
        LocalDate last = null;
        for (TableEntry e : entries) {
            if (e instanceof TableEntry.DateHeading heading) {
                last = heading.date();
            } else if (e instanceof TableEntry.Charge(DraftItem item)) {
                if (item.date == null) {
                    item.date = item.cells.dateScraps() == null && item.cells.partialDate() == null ? last : null;
                } else {
                    last = item.date;
                }
            }
        }
    }
}

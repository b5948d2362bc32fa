package com.billaudit.extraction;

import com.billaudit.lexicon.Lexicons;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
    /** How much less certain a row is whose date could not be told (also {@link LedgerDates}). */
    static final double UNREADABLE = 0.7;
    /** How far from the median row date the dates of one stay lie (also {@link LedgerDates}). */
    static final int STAY_DAYS = 60;
    private static final java.time.format.DateTimeFormatter NUMERIC = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

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

    /**
     * Dates OCR garbled are read again within the range of the table's clean dates. The range is
     * where most rows' dates lie: a date far from them ("20/11/2026" among a stay in November
     * 2025, an expiry read for the row's date) is a misreading when one date in the range
     * resembles it closely enough; otherwise it is kept as printed.
     */
    static void repair(List<DraftItem> items) {
        List<LocalDate> clean = items.stream().map(i -> i.date).filter(Objects::nonNull).sorted().toList();
        if (clean.isEmpty()) {
            return;
        }
        LocalDate median = clean.get(clean.size() / 2);
        List<LocalDate> near = clean.stream().filter(d -> Math.abs(ChronoUnit.DAYS.between(median, d)) <= STAY_DAYS).toList();
        LocalDate earliest = near.getFirst();
        LocalDate latest = near.getLast();
        List<LocalDate> trusted = items.stream()
                .map(i -> i.date == null || i.date.isBefore(earliest) || i.date.isAfter(latest) ? null : i.date).toList();
        for (int k = 0; k < items.size(); k++) {
            DraftItem item = items.get(k);
            int row = k;
            String scraps = item.cells.dateScraps() != null ? item.cells.dateScraps() : item.cells.partialDate();
            if (item.date == null && scraps != null) {
                item.date = DateRepair.read(scraps, earliest, latest).or(() -> readNumeric(scraps, row, trusted, earliest, latest)).orElse(null);
                item.dateInferred = item.date != null;
                item.confidence *= item.date == null ? UNREADABLE : REPAIRED;
            } else if (item.date != null && trusted.get(k) == null) {
                Optional<LocalDate> repaired = readNumeric(NUMERIC.format(item.date), k, trusted, earliest, latest);
                if (repaired.isPresent()) {
                    item.date = repaired.get();
                    item.dateInferred = true;
                    item.confidence *= REPAIRED;
                }
            }
        }
    }

    /**
     * A garbled numeric date read first between the dates of the rows around it, when those run
     * in order (a ledger printed day by day), then anywhere in the stay.
     */
    private static Optional<LocalDate> readNumeric(String scraps, int k, List<LocalDate> trusted, LocalDate earliest, LocalDate latest) {
        LocalDate before = null;
        for (int j = k - 1; j >= 0 && before == null; j--) {
            before = trusted.get(j);
        }
        LocalDate after = null;
        for (int j = k + 1; j < trusted.size() && after == null; j++) {
            after = trusted.get(j);
        }
        if (before != null && after != null && !after.isBefore(before)) {
            Optional<LocalDate> between = DateRepair.readNumeric(scraps, before, after);
            if (between.isPresent()) {
                return between;
            }
        }
        return DateRepair.readNumeric(scraps, earliest, latest);
    }

    /**
     * Ledgers print a date once for the rows of one day, in the first row or as a heading: the rows
     * below share it. A row whose own date is printed but unreadable does not: its day is unknown.
     */
    static void carryForward(List<TableEntry> entries) {
        LocalDate last = null;
        // carried onto a row whose own date cell did not read, or from a row whose date was inferred, a date is inferred
        boolean lastInferred = false;
        for (TableEntry e : entries) {
            if (e instanceof TableEntry.DateHeading heading) {
                last = heading.date();
                lastInferred = false;
            } else if (e instanceof TableEntry.Charge(DraftItem item)) {
                if (item.date == null) {
                    item.date = item.cells.dateScraps() == null && item.cells.partialDate() == null ? last : null;
                    item.dateInferred = item.date != null && (lastInferred || item.cells.dateCell() != null);
                } else {
                    last = item.date;
                    lastInferred = item.dateInferred;
                }
            }
        }
    }
}

package com.billaudit.extraction;


import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Service dates OCR misread by one digit ("18/11/2025" for "15/11/2025"), told by the order an
 * itemised bill prints its rows in: within a section the dates never go back. A scanned row's
 * date that breaks that order where the dates around it keep it is read again as the date one
 * look-alike digit ({@code lexicon/ocr-digit-pairs.txt}, {@code date:}) makes of it, when exactly one such
 * date fits between its neighbours and within the bill's other dates, or exactly one of those
 * continues its neighbours' step (15 before a per-day series 16, 17, 18; 15 before a day's rows
 * all dated 15). The row is then less certain. A section whose dates are not in order even after
 * that says nothing about any one of them and is left as read; so is a printed (text-layer) date.
 */
final class RowDateOrder {

    private static final double REREAD = 0.85;
    /** Fewer dated rows than this in a section show no order. */
    private static final int MIN_ROWS = 3;
    /** At most one row in this many may be read again: more breaks mean the section is not in date order. */
    private static final int ROWS_PER_REREAD = 5;
    private static final Map<Character, Set<Character>> LOOKALIKES = lookalikes();

    private RowDateOrder() {
    }

    /** Reads again the dates that break their section's order; {@code items} in the order the bill prints them. */
    static void repair(List<DraftItem> items) {
        List<LocalDate> all = items.stream().map(i -> i.date).filter(Objects::nonNull).toList();
        if (all.isEmpty()) {
            return;
        }
        List<DraftItem> run = new ArrayList<>();
        for (DraftItem item : items) {
            if (!run.isEmpty() && !sameSection(run.getFirst(), item)) {
                repairRun(run, items);
                run.clear();
            }
            run.add(item);
        }
        repairRun(run, items);
    }

    private static boolean sameSection(DraftItem a, DraftItem b) {
        return a.bill == b.bill && Objects.equals(a.section, b.section);
    }

    private static void repairRun(List<DraftItem> run, List<DraftItem> bill) {
        List<DraftItem> rows = run.stream().filter(i -> i.date != null).toList();
        if (rows.size() < MIN_ROWS) {
            return;
        }
        List<LocalDate> dates = rows.stream().map(i -> i.date).toList();
        Map<Integer, LocalDate> rereadings = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).ocr && breaksOrder(dates, i)) {
                LocalDate reading = reread(dates, i, otherDates(bill, rows.get(0).bill, rows.get(i)));
                if (reading != null) {
                    rereadings.put(i, reading);
                }
            }
        }
        if (rereadings.isEmpty() || rereadings.size() > Math.max(1, rows.size() / ROWS_PER_REREAD)) {
            return;
        }
        List<LocalDate> repaired = new ArrayList<>(dates);
        rereadings.forEach(repaired::set);
        for (int i = 1; i < repaired.size(); i++) {
            if (repaired.get(i).isBefore(repaired.get(i - 1))) {
                return;
            }
        }
        rereadings.forEach((i, date) -> {
            rows.get(i).date = date;
            rows.get(i).dateInferred = true;
            rows.get(i).confidence *= REREAD;
        });
    }

    /** The dates of the bill's other rows: a reading must fall within them. */
    private static List<LocalDate> otherDates(List<DraftItem> items, int bill, DraftItem except) {
        return items.stream().filter(i -> i.bill == bill && i != except && i.date != null).map(i -> i.date).toList();
    }

    /** Later than the next row's date, or earlier than the previous one's, while those two are in order. */
    static boolean breaksOrder(List<LocalDate> dates, int i) {
        LocalDate date = dates.get(i);
        LocalDate prev = i > 0 ? dates.get(i - 1) : null;
        LocalDate next = i + 1 < dates.size() ? dates.get(i + 1) : null;
        boolean neighboursInOrder = prev == null || next == null || !prev.isAfter(next);
        return neighboursInOrder && (next != null && date.isAfter(next) || prev != null && date.isBefore(prev));
    }

    private static LocalDate reread(List<LocalDate> dates, int i, List<LocalDate> others) {
        if (others.isEmpty()) {
            return null;
        }
        LocalDate earliest = others.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate latest = others.stream().max(LocalDate::compareTo).orElseThrow();
        LocalDate prev = i > 0 ? dates.get(i - 1) : null;
        LocalDate next = i + 1 < dates.size() ? dates.get(i + 1) : null;
        LocalDate low = prev != null && prev.isAfter(earliest) ? prev : earliest;
        LocalDate high = next != null && next.isBefore(latest) ? next : latest;
        List<LocalDate> fitting = oneDigitMisreadings(dates.get(i)).stream()
                .filter(d -> !d.isBefore(low) && !d.isAfter(high)).toList();
        if (fitting.size() == 1) {
            return fitting.getFirst();
        }
        Set<LocalDate> steps = new LinkedHashSet<>();
        if (next != null && i + 2 < dates.size() && !dates.get(i + 2).isBefore(next)) {
            // the step the rows after it take, taken back once: 15 before 16, 17; 15 before 15, 15
            steps.add(next.minusDays(dates.get(i + 2).toEpochDay() - next.toEpochDay()));
        }
        if (prev != null && i >= 2 && !dates.get(i - 2).isAfter(prev)) {
            // the step the rows before it took, taken once more
            steps.add(prev.plusDays(prev.toEpochDay() - dates.get(i - 2).toEpochDay()));
        }
        if (prev != null && prev.equals(next)) {
            steps.add(prev);
        }
        List<LocalDate> continuing = fitting.stream().filter(steps::contains).toList();
        return continuing.size() == 1 ? continuing.getFirst() : null;
    }

    /** The dates the printed one may have been, had OCR misread one digit of its day or month as a look-alike. */
    static List<LocalDate> oneDigitMisreadings(LocalDate date) {
        String day = String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
        String month = String.format(Locale.ROOT, "%02d", date.getMonthValue());
        List<LocalDate> readings = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            for (char other : LOOKALIKES.getOrDefault(day.charAt(k), Set.of())) {
                valid(date.getYear(), Integer.parseInt(month), Integer.parseInt(replace(day, k, other))).ifPresent(readings::add);
            }
            for (char other : LOOKALIKES.getOrDefault(month.charAt(k), Set.of())) {
                valid(date.getYear(), Integer.parseInt(replace(month, k, other)), date.getDayOfMonth()).ifPresent(readings::add);
            }
        }
        return readings;
    }

    private static String replace(String digits, int at, char other) {
        return digits.substring(0, at) + other + digits.substring(at + 1);
    }

    private static java.util.Optional<LocalDate> valid(int year, int month, int day) {
        try {
            return java.util.Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static Map<Character, Set<Character>> lookalikes() {
        Map<Character, Set<Character>> map = new HashMap<>();
        for (String pair : OcrConfusions.digitPairs("date")) {
            char a = pair.charAt(0);
            char b = pair.charAt(1);
            map.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
            map.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
        }
        return map;
    }
}

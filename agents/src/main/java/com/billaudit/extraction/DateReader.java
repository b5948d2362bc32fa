package com.billaudit.extraction;

import com.billaudit.lexicon.Lexicons;
import com.billaudit.lexicon.PrintedLine;
import com.billaudit.locale.DateOrder;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds and reads dates as bills print them, numeric ones in the document's order (day first on Indian bills): 12/04/2025, 12-04-25, 20-Apr-2025, 20 Apr 25, 2025-04-20. */
final class DateReader {

    /** Each month's printed names, January first: {@code lexicon/month-names.txt}. */
    private static final List<List<String>> MONTH_SPELLINGS = Lexicons.shared("month-names").stream()
            .map(line -> List.of(line.toLowerCase(Locale.ROOT).split("\\s+"))).toList();
    private static final String MONTH_NAMES = MONTH_SPELLINGS.stream().flatMap(List::stream)
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).collect(Collectors.joining("|"));
    /** "1st", "15th": what may follow a day's number ({@code lexicon/day-ordinals.txt}). */
    private static final String ORDINALS = Lexicons.alternation(Lexicons.shared("day-ordinals"));
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/.-]*\\d)");
    private static final Pattern ISO = Pattern.compile("(?<![\\d/.-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
    private static final Pattern NAMED = Pattern.compile("(?i)(?<![\\d])(\\d{1,2})(?:" + ORDINALS + ")?[\\s/.-]{0,2}(" + MONTH_NAMES
            + ")[a-z]*[\\s/.,'-]{0,2}(\\d{4}|\\d{2})(?!\\d)");
    /** A named date whose year wrapped onto the next line of a narrow column: "07-Sep-". */
    private static final Pattern PARTIAL = Pattern.compile("(?i)(?<![\\d])(\\d{1,2})[/.-](" + MONTH_NAMES + ")[a-z]*[/.-]*$");
    private static final Pattern EXPIRY = Pattern.compile("(0?[1-9]|1[0-2])[/-](\\d{2}|\\d{4})");
    /** "Jan 15, 2025", "January 15 2025": month first, as US bills print it; only with a four-digit year. */
    private static final Pattern NAMED_MONTH_FIRST = Pattern.compile("(?i)(?<![\\p{L}\\d])(" + MONTH_NAMES
            + ")[a-z]*\\.?\\s{1,2}(\\d{1,2})(?:" + ORDINALS + ")?,?\\s{1,2}(\\d{4})(?!\\d)");

    private DateReader() {
    }

    /** A date found in a line, with where it is printed. */
    record Found(LocalDate date, int start, int end) {
    }

    /** Every full date printed in {@code text}, left to right. */
    static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        if (!PrintedLine.hasDigit(text)) {
            return found; // every date shape has digits: most lines of a bill print none
        }
        for (Pattern pattern : List.of(NAMED, NAMED_MONTH_FIRST, ISO, NUMERIC)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                boolean overlaps = found.stream().anyMatch(f -> f.start() < end && start < f.end());
                if (!overlaps) {
                    toDate(pattern, m).ifPresent(d -> found.add(new Found(d, start, end)));
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** The date that {@code text} is, when all of it is one date. */
    static Optional<LocalDate> read(String text) {
        List<Found> all = findAll(text.strip());
        return all.size() == 1 && all.getFirst().start() == 0 && all.getFirst().end() == text.strip().length()
                ? Optional.of(all.getFirst().date()) : Optional.empty();
    }

    static boolean isPartial(String word) {
        return PARTIAL.matcher(word).matches();
    }

    /** Completes a partial date ("07-Sep-") with the year printed under it ("25"). */
    static Optional<LocalDate> complete(String partial, String year) {
        String y = year.strip();
        return y.matches("\\d{2}|\\d{4}") ? read(partial.replaceAll("[/.\\s-]+$", "") + "-" + y) : Optional.empty();
    }

    static boolean isExpiry(String word) {
        return EXPIRY.matcher(word).matches();
    }

    private static Optional<LocalDate> toDate(Pattern pattern, Matcher m) {
        try {
            if (pattern == ISO) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            if (pattern == NAMED_MONTH_FIRST) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), monthOf(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if (pattern == NAMED) {
                int month = monthOf(m.group(2));
                return Optional.of(LocalDate.of(year(m.group(3)), month, Integer.parseInt(m.group(1))));
            }
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            // In the document's order (day first on Indian bills, month first on US ones), unless a part over 12
            // can only be the day.
            boolean monthFirst = ReadingLocale.dateOrder() == DateOrder.MONTH_FIRST
                    ? !(first > 12 && second <= 12) : second > 12 && first <= 12;
            return Optional.of(LocalDate.of(year(m.group(4)), monthFirst ? first : second, monthFirst ? second : first));
        } catch (DateTimeException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The month (1-12) a printed name spells. */
    private static int monthOf(String printed) {
        String name = printed.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTH_SPELLINGS.size(); i++) {
            if (MONTH_SPELLINGS.get(i).contains(name)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no month " + printed);
    }

    /** The months' three-letter abbreviations, January first. */
    static List<String> monthAbbreviations() {
        return MONTH_SPELLINGS.stream().map(List::getFirst).toList();
    }

    private static int year(String printed) {
        int y = Integer.parseInt(printed);
        return printed.length() == 2 ? 2000 + y : y;
    }
}

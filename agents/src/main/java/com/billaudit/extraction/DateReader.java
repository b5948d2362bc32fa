package com.billaudit.extraction;

import com.billaudit.locale.DateOrder;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds and reads dates as bills print them, numeric ones in the document's order (day first on Indian bills): 12/04/2025, 12-04-25, 20-Apr-2025, 20 Apr 25, 2025-04-20. */
final class DateReader {

    private static final String MONTH_NAMES = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/.-]*\\d)");
    private static final Pattern ISO = Pattern.compile("(?<![\\d/.-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
    private static final Pattern NAMED = Pattern.compile("(?i)(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?[\\s/.-]{0,2}(" + MONTH_NAMES
            + ")[a-z]*[\\s/.,'-]{0,2}(\\d{4}|\\d{2})(?!\\d)");
    /** A named date whose year wrapped onto the next line of a narrow column: "07-Sep-". */
    private static final Pattern PARTIAL = Pattern.compile("(?i)(?<![\\d])(\\d{1,2})[/.-](" + MONTH_NAMES + ")[a-z]*[/.-]*$");
    private static final Pattern EXPIRY = Pattern.compile("(0?[1-9]|1[0-2])[/-](\\d{2}|\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private DateReader() {
    }

    /** A date found in a line, with where it is printed. */
    record Found(LocalDate date, int start, int end) {
    }

    /** Every full date printed in {@code text}, left to right. */
    static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        for (Pattern pattern : List.of(NAMED, ISO, NUMERIC)) {
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
            if (pattern == NAMED) {
                int month = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
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

    private static int year(String printed) {
        int y = Integer.parseInt(printed);
        return printed.length() == 2 ? 2000 + y : y;
    }
}

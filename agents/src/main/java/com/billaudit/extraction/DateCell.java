package com.billaudit.extraction;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pieces of a row's date cell OCR garbled ("19912028 19.39", "20 122085 17-30", "22/4 1RG25 23-26"):
 * the day it opens with, whether a year and a time follow. Letters a scan makes of digits in a date
 * ({@code lexicon/ocr-confusions.txt}, {@code date}) read as those digits. The pieces do not make a
 * date by themselves; {@link LedgerDates} accepts one only where the rows around it bracket it.
 *
 * @param day  the one or two digits the cell opens with, or null when they did not read as digits
 * @param year whether a run of four or more digits (the year, read well or not) follows the day
 * @param time whether the cell ends in a time ("17-30", "19.39", "23:26")
 */
record DateCell(String day, boolean year, boolean time) {

    /** Marks OCR reads a time's colon as ({@code lexicon/ocr-digit-pairs.txt}, {@code time-colon-glyph}). */
    private static final Set<String> COLON_GLYPHS = OcrConfusions.digitPairs("time-colon-glyph");
    /** A time as OCR leaves it: hours, a separator of any kind, minutes. */
    private static final Pattern TIME = Pattern.compile("\\d{1,2}[:.\\-/"
            + String.join("", COLON_GLYPHS.stream().map(g -> "\\" + g).toList()) + "]\\d{2}");
    private static final Pattern SEPARATOR = Pattern.compile("[/.\\-:,]");
    /** Digit pairs (smaller first) a scan takes one for the other in a date ({@code lexicon/ocr-digit-pairs.txt}). */
    private static final Set<String> LOOKALIKE_DIGITS = OcrConfusions.digitPairs("date");
    private static final int YEAR_DIGITS = 4;
    /** One or two digits, a separator, then four: a month and its year. */
    private static final Pattern MONTH_AND_YEAR = Pattern.compile("\\d{1,2}[/.\\-:,]\\d{4}");

    /** The pieces of {@code text}, the words standing in a row's date cell. */
    static DateCell read(String text) {
        List<String> words = List.of(text.strip().split("\\s+"));
        if (words.isEmpty() || words.getFirst().isEmpty()) {
            return new DateCell(null, false, false);
        }
        boolean time = words.size() > 1 && TIME.matcher(digits(words.getLast(), true)).matches();
        List<String> dateWords = time ? words.subList(0, words.size() - 1) : words;
        String first = digits(dateWords.getFirst(), true);
        int run = 0;
        while (run < first.length() && Character.isDigit(first.charAt(run))) {
            run++;
        }
        // "20 1220 85", "20/11": a day of one or two digits ends at a separator or the word's end; a longer run is
        // the day fused with what follows ("19912028"), and opens with it
        boolean ended = run == first.length() || SEPARATOR.matcher(String.valueOf(first.charAt(run))).matches();
        String day = run >= 3 || run >= 1 && ended ? first.substring(0, Math.min(run, 2)) : null;
        if (day != null && run <= 2 && MONTH_AND_YEAR.matcher(first).matches()) {
            // "9/2025", "1/2025": what is left of a date whose day OCR lost opens with its month, not a day
            day = null;
        }
        boolean year = day != null && yearFollows(dateWords, day.length());
        return new DateCell(day, year, time);
    }

    /**
     * The time of day the cell ends with ("19/1 12025 O1:14"), its look-alike letters read as digits as the
     * day's are; null when it ends in none, or in one that is no clock time ({@link RowTimes}).
     */
    static LocalTime time(String text) {
        List<String> words = List.of(text.strip().split("\\s+"));
        return words.size() > 1 ? RowTimes.read(digits(words.getLast(), true)) : null;
    }

    /** Whether a run of at least four digits follows the day's digits, in its word or the next ones. */
    private static boolean yearFollows(List<String> words, int dayDigits) {
        String digitsOnly = digits(String.join(" ", words), false);
        String afterDay = digitsOnly.length() > dayDigits ? digitsOnly.substring(dayDigits) : "";
        int longest = 0;
        int current = 0;
        for (char c : afterDay.toCharArray()) {
            current = Character.isDigit(c) ? current + 1 : 0;
            longest = Math.max(longest, current);
        }
        return longest >= YEAR_DIGITS;
    }

    /**
     * The cell's characters with look-alike letters read as digits; separators kept (when {@code keepSeparators})
     * or dropped, anything else a gap.
     */
    private static String digits(String text, boolean keepSeparators) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            Character digit = Character.isDigit(c) ? Character.valueOf(c) : OcrConfusions.inDateAsDigit(c);
            if (digit != null) {
                out.append(digit.charValue());
            } else if (SEPARATOR.matcher(String.valueOf(c)).matches() || COLON_GLYPHS.contains(String.valueOf(c))) {
                out.append(keepSeparators ? c : "");
            } else {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** Whether the cell holds a date's pieces: a day, and a year or a time after it. */
    boolean dateShaped() {
        return day != null && (year || time);
    }

    /** Whether the day the cell opens with is {@code date}'s day as printed. */
    boolean dayIs(LocalDate date) {
        return day != null && Integer.parseInt(day) == date.getDayOfMonth();
    }

    /** Whether the day the cell opens with is {@code date}'s day, read as printed or with one look-alike digit. */
    boolean dayAgrees(LocalDate date) {
        if (day == null) {
            return false;
        }
        if (day.length() == 1) {
            return Integer.parseInt(day) == date.getDayOfMonth();
        }
        String printed = String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
        return printed.equals(day) || OcrConfusions.oneDigitApart(printed, day, LOOKALIKE_DIGITS);
    }
}

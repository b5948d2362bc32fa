package com.billaudit.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date cell OCR garbled ("oF Apr", "oe fpr", "O5-Apr-"): the day's digits from their
 * lookalikes, the month by its nearest name. Only a reading that falls within the dates the
 * table prints cleanly is accepted, so a scrap never becomes a date the bill does not support.
 */
final class DateRepair {

    private static final Pattern DAY_MONTH = Pattern.compile("^\\W*(\\S{1,2}?)[\\s.,/-]*([A-Za-z]{2,4})(?:[\\s.,/-]+\\S{2,4})?\\W*$");
    private static final List<String> MONTHS = DateReader.monthAbbreviations();

    private DateRepair() {
    }

    /**
     * The date {@code scraps} most likely reads, among the days from {@code earliest} to {@code latest}
     * (the table's clean dates); empty when it cannot be told.
     */
    static Optional<LocalDate> read(String scraps, LocalDate earliest, LocalDate latest) {
        if (scraps == null || earliest == null || latest == null) {
            return Optional.empty();
        }
        Matcher m = DAY_MONTH.matcher(scraps.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Integer day = day(m.group(1));
        int month = month(m.group(2)).orElse(earliest.getMonthValue() == latest.getMonthValue() ? earliest.getMonthValue() : -1);
        if (day == null || month < 0) {
            return Optional.empty();
        }
        for (int year = earliest.getYear(); year <= latest.getYear(); year++) {
            try {
                LocalDate candidate = LocalDate.of(year, month, day);
                if (!candidate.isBefore(earliest) && !candidate.isAfter(latest)) {
                    return Optional.of(candidate);
                }
            } catch (DateTimeException e) {
                // not a day of that month: try the next year
            }
        }
        return Optional.empty();
    }

    /**
     * The day within {@code earliest}..{@code latest} whose digits a numeric date cell OCR garbled
     * ("19/41/2025", "20/11/2026", "19/11/202807:14") most resembles: digits a scan confuses cost
     * less to exchange, a time run into the cell costs nothing. Only a clear best, at most two
     * slips away, is a reading; otherwise the cell stays unread.
     */
    static Optional<LocalDate> readNumeric(String scraps, LocalDate earliest, LocalDate latest) {
        if (scraps == null || earliest == null || latest == null || latest.isBefore(earliest)
                || earliest.plusDays(MAX_WINDOW_DAYS).isBefore(latest)) {
            return Optional.empty();
        }
        String printed = digitsOf(scraps);
        if (printed.length() < 6) {
            return Optional.empty();
        }
        // the locale's order only: with both, "21/14" would resemble the 14th written month first as well as the 21st
        java.time.format.DateTimeFormatter order = ReadingLocale.dateOrder() == com.billaudit.locale.DateOrder.MONTH_FIRST
                ? MONTH_DAY_YEAR : DAY_MONTH_YEAR;
        LocalDate best = null;
        double bestCost = Double.MAX_VALUE;
        double secondCost = Double.MAX_VALUE;
        for (LocalDate d = earliest; !d.isAfter(latest); d = d.plusDays(1)) {
            double cost = resemblance(printed, order.format(d));
            if (cost < bestCost) {
                secondCost = bestCost;
                bestCost = cost;
                best = d;
            } else if (cost < secondCost) {
                secondCost = cost;
            }
        }
        return bestCost <= MAX_SLIPS && secondCost - bestCost >= 0.5 ? Optional.of(best) : Optional.empty();
    }

    private static final int MAX_WINDOW_DAYS = 400;
    private static final double MAX_SLIPS = 2.0;
    private static final java.time.format.DateTimeFormatter DAY_MONTH_YEAR = java.time.format.DateTimeFormatter.ofPattern("ddMMyyyy");
    private static final java.time.format.DateTimeFormatter MONTH_DAY_YEAR = java.time.format.DateTimeFormatter.ofPattern("MMddyyyy");
    /** Digit pairs (smaller first) a scan takes one for the other in a date. */
    private static final java.util.Set<String> LOOKALIKE_DIGITS = OcrConfusions.digitPairs("date");

    /** The digits of a date cell, letters OCR made of digits read back ("O1" → "01"). */
    private static String digitsOf(String scraps) {
        StringBuilder digits = new StringBuilder();
        for (char c : scraps.toCharArray()) {
            char d = lookalike(c);
            if (Character.isDigit(d)) {
                digits.append(d);
            }
        }
        return digits.toString();
    }

    /**
     * How many slips turn {@code candidate} into what was printed: an edit distance where a
     * confusable digit costs half, and digits printed after the date (its time) cost nothing.
     */
    private static double resemblance(String printed, String candidate) {
        int n = candidate.length();
        int m = printed.length();
        double[][] cost = new double[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            cost[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            cost[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                char a = candidate.charAt(i - 1);
                char b = printed.charAt(j - 1);
                double swap = a == b ? 0 : LOOKALIKE_DIGITS.contains("" + (char) Math.min(a, b) + (char) Math.max(a, b)) ? 0.5 : 1;
                cost[i][j] = Math.min(cost[i - 1][j - 1] + swap, Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1));
            }
        }
        double best = Double.MAX_VALUE;
        for (int j = 0; j <= m; j++) {
            // what follows the date in the cell (its time, "07:14") is no part of it
            best = Math.min(best, cost[n][j]);
        }
        return best;
    }

    private static char lookalike(char c) {
        Character digit = Character.isDigit(c) ? null : OcrConfusions.asDigit(c);
        return digit == null ? c : digit;
    }

    private static Integer day(String printed) {
        StringBuilder digits = new StringBuilder();
        for (char c : printed.toCharArray()) {
            char d = switch (c) {
                case 'o', 'O', 'D', 'Q' -> '0';
                case 'l', 'I', 'i', '|', '!' -> '1';
                case 'S', 's' -> '5';
                case 'b', 'G' -> '6';
                case 'F', 'T', 'Z', 'z' -> '7';
                case 'B' -> '8';
                case 'g', 'q' -> '9';
                default -> c;
            };
            if (!Character.isDigit(d)) {
                return null;
            }
            digits.append(d);
        }
        int day = Integer.parseInt(digits.toString());
        return day >= 1 && day <= 31 ? day : null;
    }

    private static Optional<Integer> month(String printed) {
        String p = printed.toLowerCase(Locale.ROOT);
        String three = p.length() > 3 ? p.substring(0, 3) : p;
        for (int i = 0; i < MONTHS.size(); i++) {
            String name = MONTHS.get(i);
            if (name.equals(three) || three.length() == 2 && name.startsWith(three) || three.length() == 3 && oneSubstitution(name, three)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    private static boolean oneSubstitution(String a, String b) {
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            differences += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return differences == 1 && a.substring(1).equals(b.substring(1));
    }
}

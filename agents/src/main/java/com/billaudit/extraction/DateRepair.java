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

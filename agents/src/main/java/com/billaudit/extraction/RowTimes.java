package com.billaudit.extraction;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time of day a ledger prints beside a row's date ("21/11/2025 10:56"; "17.30", "17-30" where
 * OCR misread the colon). It is read only when it is a clock time as printed, hours 00 to 23 and
 * minutes 00 to 59: a time OCR garbled past that ("1847", "25:70") stays unread rather than guessed,
 * since a wrong time would part two copies of one charge.
 */
final class RowTimes {

    /** Hours, one separator, minutes, and the seconds some ledgers add. */
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.\\-](\\d{2})(?::(\\d{2}))?");
    private static final int HOURS = 24;
    private static final int MINUTES = 60;

    private RowTimes() {
    }

    /** The clock time {@code word} prints, or null. */
    static LocalTime read(String word) {
        Matcher m = TIME.matcher(word.strip());
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hour >= HOURS || minute >= MINUTES || second >= MINUTES) {
            return null;
        }
        return LocalTime.of(hour, minute, second);
    }
}

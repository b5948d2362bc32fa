package com.billaudit.locale;

import com.billaudit.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The marks a bill prints for its money with no figure beside them ("Rs.", "INR", "₹", "Amount
 * (Rs.)"), as every locale's {@code currency} list gives them, and the signs of currencies no locale
 * describes ({@code lexicon/foreign-currency-signs.txt}). Readers strip them before reading a figure
 * or a column title.
 */
public final class CurrencyMarks {

    private CurrencyMarks() {
    }

    /**
     * Every supported locale's {@code KIND => mark} entries of its currency list, in locale order:
     * {@code mark} (before an amount, in a title's brackets, as a header note), {@code loose-mark}
     * (loose in a column title), {@code cell-mark} (a cell of its own that is only a mark),
     * {@code misread-mark} (a regular expression: a mark as OCR misreads it).
     */
    public static List<String> of(String kind) {
        List<String> marks = new ArrayList<>();
        for (String locale : LocaleProfile.supported()) {
            marks.addAll(KeyedEntries.of(Lexicons.of(locale, "currency")).getOrDefault(kind, List.of()));
        }
        return List.copyOf(marks);
    }

    /**
     * Every locale's currency signs ("₹", "Rs", "$", "USD") as one regular-expression alternation
     * that matches a sign as it marks an amount (a word sign apart from letters, in any case,
     * perhaps with a point: "rs.").
     */
    public static String signAlternation() {
        return of("sign").stream().distinct().map(LocaleProfile::signPattern).collect(Collectors.joining("|"));
    }

    /** Signs of currencies no locale here describes, stripped before an amount as well. */
    public static List<String> foreignSigns() {
        return Lexicons.shared("foreign-currency-signs");
    }

    /** Whether a mark is a word ("Rs.", "INR") rather than a sign ("₹"). */
    public static boolean isWord(String mark) {
        return mark.codePoints().anyMatch(Character::isLetter);
    }
}

package com.billaudit.extraction;

import com.billaudit.lexicon.Lexicons;
import com.billaudit.lexicon.LookAlikes;
import com.billaudit.locale.CurrencyMarks;

import java.util.Arrays;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a column title names, whatever its wording: Particulars / Service Description / Product,
 * Qty / Units / Nos / Days, Rate / Unit Price / MRP / Tariff, Amount / Net Amt / Value / Total...
 */
final class ColumnTitles {

    private static final List<String> TITLE_WORDS = Lexicons.shared("column-title-words");
    /** The titles each column goes by, {@code lexicon/column-titles.txt}. */
    private static final Map<String, List<String>> TITLES = Lexicons.sections("column-titles");

    /** Letters OCR misreads in a title, as {printed, meant}: "Aint." for "Amt.". */
    private static final String[][] TITLE_SLIPS = LookAlikes.of("title-repair");

    /** "(Rs.)", "(in Rs)", a loose "Rs." or "₹": the money a title names, not what the column holds. */
    private static final Pattern CURRENCY_NOTE = currencyNote();
    /** Compiled once: every word of every header candidate is normalised and split. */
    private static final Pattern NOT_TITLE_CHARACTER = Pattern.compile("[^a-z0-9#%/. ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD_BREAK = Pattern.compile("[ /]");
    private static final Pattern CLOSING_POINTS = Pattern.compile("\\.+$");

    private ColumnTitles() {
    }

    static String normal(String title) {
        String lower = CURRENCY_NOTE.matcher(title.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return SPACES.matcher(NOT_TITLE_CHARACTER.matcher(lower).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** What a column titled {@code title} holds, or null when the words name no column; asked once per extraction. */
    static ColumnRole roleOf(String title) {
        return LineMemo.role(title, ColumnTitles::recognise);
    }

    private static ColumnRole recognise(String title) {
        ColumnRole role = roleOfNormal(normal(title));
        if (role == null && normal(title).matches("[a-z]{1,8}(" + alternation("glued-amount") + ")")) {
            // "NetAmount", "famount": the title's words run together, or a speck glued on
            role = ColumnRole.AMOUNT;
        }
        if (role == null && normal(title).matches("(" + alternation("glued-expiry-start") + ")[a-z.]*(" + alternation("glued-expiry-end") + ")")) {
            role = ColumnRole.EXPIRY;
        }
        for (int i = 0; role == null && i < TITLE_SLIPS.length; i++) {
            // "Aint.": an "m" OCR read as two letters; the title it then spells
            String mended = normal(title).replace(TITLE_SLIPS[i][0], TITLE_SLIPS[i][1]);
            role = mended.equals(normal(title)) ? null : roleOfNormal(mended);
        }
        if (role == null && normal(title).matches("[a-z]{3,12}")) {
            // "oty", "Rete": a title word with one letter misread, dropped or added
            role = oneEditFromTitleWord(normal(title), 1);
        }
        if (role == null && title.toLowerCase(Locale.ROOT).matches("[a-z]*[^a-z\\s][a-z]*") && title.length() >= 3) {
            // "@TY": one letter OCR read as a sign, in its place; the title word it stands for, same length
            role = oneEditFromTitleWord(title.toLowerCase(Locale.ROOT), 0);
        }
        if (role == null && title.matches("\\S{5,10}")) {
            // one title word with a speck or two OCR glued before it ("CRRate"): the word it ends with
            String t = normal(title);
            for (int cut = 1; cut <= 2 && role == null && t.length() - cut >= 3; cut++) {
                ColumnRole rest = roleOfNormal(t.substring(cut));
                role = rest == ColumnRole.RATE || rest == ColumnRole.AMOUNT || rest == ColumnRole.QUANTITY ? rest : null;
            }
        }
        return role;
    }

    /** The role of the first title word one edit from {@code word}, its length at most {@code lengthSlack} apart; or null. */
    private static ColumnRole oneEditFromTitleWord(String word, int lengthSlack) {
        for (String known : TITLE_WORDS) {
            if (Math.abs(known.length() - word.length()) <= lengthSlack && oneEditApart(word, known)) {
                return roleOfNormal(known);
            }
        }
        return null;
    }

    private static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        // substitute, insert or delete at the first difference; the rest must then agree
        return a.substring(Math.min(i + 1, a.length())).equals(b.substring(Math.min(i + 1, b.length())))
                || a.substring(i).equals(b.substring(Math.min(i + 1, b.length())))
                || a.substring(Math.min(i + 1, a.length())).equals(b.substring(i));
    }

    private static ColumnRole roleOfNormal(String t) {
        if (t.isEmpty()) {
            return null;
        }
        if (t.matches("(" + alternation("date-title") + "|(?!" + alternation("not-date-prefix") + ")[a-z]{2,7}("
                + alternation("glued-date") + "))( of .*)?")) {
            // "Date of Svc", "Date of Service": the service date, whatever else the title names
            return ColumnRole.DATE;
        }
        if (has(t, titles("expiry"))) {
            return ColumnRole.EXPIRY;
        }
        if (has(t, titles("batch"))) {
            return ColumnRole.BATCH;
        }
        if (has(t, titles("hsn"))) {
            return ColumnRole.HSN;
        }
        if (has(t, titles("code")) || t.matches("[a-z.]{2,8}(" + alternation("glued-code") + ")")) {
            // "SvcCode", "ItemCode": the words run together
            return ColumnRole.CODE;
        }
        if (holds(t, titles("description-stem")) || has(t, titles("description-word"))) {
            return ColumnRole.DESCRIPTION;
        }
        if (startsWithAny(t, titles("discount-stem")) || has(t, titles("discount"))) {
            return ColumnRole.DISCOUNT;
        }
        if (holds(t, titles("taxable-stem"))) {
            return ColumnRole.OTHER_NUMBER;
        }
        if (has(t, titles("tax"))) {
            return ColumnRole.TAX;
        }
        if (has(t, titles("amount-qualifier")) && has(t, titles("amount-noun"))) {
            return ColumnRole.AMOUNT;
        }
        if (has(t.replace(".", ""), titles("rate-dotless")) || has(t, titles("rate"))) {
            return ColumnRole.RATE;
        }
        if (has(t, titles("quantity"))) {
            return ColumnRole.QUANTITY;
        }
        if (has(t, titles("amount"))) {
            return ColumnRole.AMOUNT;
        }
        if (has(t, titles("date"))) {
            return ColumnRole.DATE;
        }
        if (TITLES.get("serial").contains(t)) {
            return ColumnRole.SERIAL;
        }
        if (has(t, titles("description"))) {
            return ColumnRole.DESCRIPTION;
        }
        if (has(t, titles("other-text"))) {
            return ColumnRole.OTHER_TEXT;
        }
        return null;
    }

    private static Pattern currencyNote() {
        List<String> marks = lower(CurrencyMarks.of("mark"));
        List<String> loose = lower(CurrencyMarks.of("loose-mark"));
        List<String> inBrackets = new java.util.ArrayList<>(marks);
        loose.stream().filter(CurrencyMarks::isWord).map(m -> "in " + m).forEach(inBrackets::add);
        return Pattern.compile("\\((" + Lexicons.alternation(inBrackets) + ")\\)|\\b(?:"
                + Lexicons.alternation(loose.stream().filter(CurrencyMarks::isWord).toList()) + ")|"
                + Lexicons.alternation(loose.stream().filter(m -> !CurrencyMarks.isWord(m)).toList()));
    }

    private static List<String> lower(List<String> marks) {
        return marks.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    }

    private static String alternation(String section) {
        return Lexicons.alternation(List.of(titles(section)));
    }

    private static String[] titles(String section) {
        List<String> titles = TITLES.get(section);
        if (titles == null) {
            throw new IllegalStateException("lexicon/column-titles.txt has no [" + section + "]");
        }
        return titles.toArray(String[]::new);
    }

    private static boolean holds(String t, String... parts) {
        return Arrays.stream(parts).anyMatch(t::contains);
    }

    private static boolean startsWithAny(String t, String... starts) {
        return Arrays.stream(starts).anyMatch(t::startsWith);
    }

    /** Whether any word (or the whole title) of {@code t} is one of {@code words}; a word's closing point is no part of it ("RATE."). */
    private static boolean has(String t, String... words) {
        Set<String> mine = new HashSet<>();
        for (String word : WORD_BREAK.split(t)) {
            mine.add(word);
            mine.add(CLOSING_POINTS.matcher(word).replaceAll(""));
        }
        for (String w : words) {
            if (t.equals(w) || (!w.contains(" ") && mine.contains(w)) || (w.contains(" ") && t.contains(w))) {
                return true;
            }
        }
        return false;
    }
}

package com.billaudit.extraction;

import com.billaudit.lexicon.Lexicons;

import java.util.Arrays;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a column title names, whatever its wording: Particulars / Service Description / Product,
 * Qty / Units / Nos / Days, Rate / Unit Price / MRP / Tariff, Amount / Net Amt / Value / Total...
 */
final class ColumnTitles {

    private static final List<String> TITLE_WORDS = Lexicons.shared("column-title-words");
    /** Compiled once: every word of every header candidate is normalised and split. */
    private static final Pattern CURRENCY_NOTE = Pattern.compile("\\((rs\\.?|inr|₹|in rs\\.?)\\)|\\brs\\.?|₹");
    private static final Pattern NOT_TITLE_CHARACTER = Pattern.compile("[^a-z0-9#%/. ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD_BREAK = Pattern.compile("[ /]");

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
        if (role == null && normal(title).matches("[a-z]{1,8}(amount|amt)")) {
            // "NetAmount", "famount": the title's words run together, or a speck glued on
            role = ColumnRole.AMOUNT;
        }
        if (role == null && normal(title).matches("exp[a-z.]*date")) {
            role = ColumnRole.EXPIRY;
        }
        if (role == null && normal(title).matches("[a-z]{3,12}")) {
            String word = normal(title);
            for (String known : TITLE_WORDS) {
                if (Math.abs(known.length() - word.length()) <= 1 && oneEditApart(word, known)) {
                    // "oty", "Rete": a title word with one letter misread
                    role = roleOfNormal(known);
                    break;
                }
            }
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
        if (t.matches("(date|dt\\.?|txn date|service date|(?!exp|mfg)[a-z]{2,7}date)( of .*)?")) {
            // "Date of Svc", "Date of Service": the service date, whatever else the title names
            return ColumnRole.DATE;
        }
        if (has(t, "exp", "expiry", "exp.", "exp.dt", "expiry date", "exp date", "exp. date")) {
            return ColumnRole.EXPIRY;
        }
        if (has(t, "batch", "lot", "batch no", "b.no")) {
            return ColumnRole.BATCH;
        }
        if (has(t, "hsn", "sac", "hsn/sac", "hsn code")) {
            return ColumnRole.HSN;
        }
        if (has(t, "code", "cpt", "svc") || t.matches("[a-z.]{2,8}code")) {
            // "SvcCode", "ItemCode": the words run together
            return ColumnRole.CODE;
        }
        if (t.contains("desc") || t.contains("particular") || has(t, "details", "narration")) {
            return ColumnRole.DESCRIPTION;
        }
        if (t.startsWith("disc") || has(t, "less", "concession", "discount", "disc", "disc.")) {
            return ColumnRole.DISCOUNT;
        }
        if (t.contains("taxable")) {
            return ColumnRole.OTHER_NUMBER;
        }
        if (has(t, "gst", "cgst", "sgst", "igst", "tax", "vat", "gst%", "gst %")) {
            return ColumnRole.TAX;
        }
        if (has(t, "total", "net", "gross") && has(t, "cost", "price", "charges", "value")) {
            return ColumnRole.AMOUNT;
        }
        if (has(t.replace(".", ""), "mrp") || has(t, "rate", "price", "tariff", "cost", "unit price", "unit rate", "rate/unit",
                "mrp/unit", "per unit")) {
            return ColumnRole.RATE;
        }
        if (has(t, "qty", "qty.", "quantity", "qnty", "units", "nos", "nos.", "days", "count", "no. of", "no of", "unit")) {
            return ColumnRole.QUANTITY;
        }
        if (has(t, "amount", "amt", "amt.", "total", "value", "net", "charges", "charge", "net amt", "amount rs")) {
            return ColumnRole.AMOUNT;
        }
        if (has(t, "date", "dt", "dt.", "service date", "bill date")) {
            return ColumnRole.DATE;
        }
        if (t.matches("(s|sr|sl|si|s\\.|sr\\.|sl\\.|si\\.)? ?(no\\.?|#|n)|s/n|sno|sno\\.|s\\.no\\.?|sr\\.?no\\.?|sl\\.?no\\.?|#|sr\\.?|sl\\.?|s\\. no\\.?")) {
            return ColumnRole.SERIAL;
        }
        if (has(t, "service", "services", "item", "items", "product", "products", "test", "tests", "investigation",
                "medicine", "medicines", "drug", "name", "procedure", "description")) {
            return ColumnRole.DESCRIPTION;
        }
        if (has(t, "mfr", "mfg", "manufacturer", "company", "pack", "packing", "sch", "schedule", "uom")) {
            return ColumnRole.OTHER_TEXT;
        }
        return null;
    }

    /** Whether any word (or the whole title) of {@code t} is one of {@code words}. */
    private static boolean has(String t, String... words) {
        Set<String> mine = new HashSet<>(Arrays.asList(WORD_BREAK.split(t)));
        for (String w : words) {
            if (t.equals(w) || (!w.contains(" ") && mine.contains(w)) || (w.contains(" ") && t.contains(w))) {
                return true;
            }
        }
        return false;
    }
}

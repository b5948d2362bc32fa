package com.billaudit.audit;

import com.billaudit.domain.LineItem;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.TariffRow;
import com.billaudit.lexicon.LookAlikes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends the words of a scanned line's description that OCR misread by one look-alike letter
 * ("HbAIc", "Ooctor", "Unne") or ran together ("VITD"), but only into the spelling of the
 * reference row the line confidently matched: the description still says what the page says,
 * without the scanner's slips. A word that no single slip turns into one of that row's words
 * stays as read.
 */
public final class OcrSpelling {

    /** What OCR prints for what (each way it goes wrong), in lower case. */
    private static final String[][] SLIPS = LookAlikes.of("spelling");
    private static final Pattern WORD = Pattern.compile("[\\p{Alnum}]+");
    private static final int MIN_LENGTH = 3;
    private static final double MENDED = 0.95;

    private OcrSpelling() {
    }

    /** The matched lines of a scanned bill with their descriptions mended against their reference rows. */
    public static List<LineItem> mendAll(List<LineItem> items, Rulebook rulebook) {
        Map<String, TariffRow> rows = new HashMap<>();
        rulebook.tariff().forEach(row -> rows.putIfAbsent(row.code(), row));
        List<LineItem> out = new ArrayList<>(items.size());
        for (LineItem item : items) {
            TariffRow row = item.match() == null ? null : rows.get(item.match().code());
            String mended = row == null ? item.description() : mend(item.description(), names(row));
            out.add(mended.equals(item.description()) ? item
                    : item.withDescription(mended, Math.round(item.confidence() * MENDED * 100) / 100.0));
        }
        return out;
    }

    private static List<String> names(TariffRow row) {
        List<String> names = new ArrayList<>(row.aliases());
        names.add(row.name());
        return names;
    }

    /** {@code description} with each word one slip away from a word of {@code names} spelt as there. */
    static String mend(String description, List<String> names) {
        Set<String> words = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        for (String name : names) {
            List<String> tokens = WORD.matcher(name.toLowerCase(Locale.ROOT)).results().map(m -> m.group()).toList();
            words.addAll(tokens);
            for (int k = 0; k + 1 < tokens.size(); k++) {
                pairs.add(tokens.get(k) + " " + tokens.get(k + 1));
            }
        }
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(description);
        int last = 0;
        while (m.find()) {
            out.append(description, last, m.start()).append(mendWord(m.group(), words, pairs));
            last = m.end();
        }
        return out.append(description.substring(last)).toString();
    }

    private static String mendWord(String word, Set<String> words, Set<String> pairs) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() < MIN_LENGTH || words.contains(lower)) {
            return word;
        }
        Set<String> mended = new HashSet<>();
        for (String[] slip : SLIPS) {
            for (int at = lower.indexOf(slip[0]); at >= 0; at = lower.indexOf(slip[0], at + 1)) {
                String candidate = lower.substring(0, at) + slip[1] + lower.substring(at + slip[0].length());
                if (words.contains(candidate)) {
                    mended.add(word.substring(0, at) + caseOf(word.substring(at, at + slip[0].length()), slip[1])
                            + word.substring(at + slip[0].length()));
                }
            }
        }
        for (int k = 1; k < word.length(); k++) {
            // two words OCR ran together: "VITD" under a row named "Vit D"
            if (pairs.contains(lower.substring(0, k) + " " + lower.substring(k))) {
                mended.add(word.substring(0, k) + " " + word.substring(k));
            }
        }
        return mended.size() == 1 ? mended.iterator().next() : word;
    }

    /** {@code replacement} in the case of the letters it replaces. */
    private static String caseOf(String replaced, String replacement) {
        boolean upper = replaced.chars().anyMatch(Character::isUpperCase);
        return upper ? replacement.toUpperCase(Locale.ROOT) : replacement;
    }
}

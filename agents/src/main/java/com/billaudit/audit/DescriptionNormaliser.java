package com.billaudit.audit;

import com.billaudit.lexicon.LookAlikes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns a charge description into comparable tokens: lower case, accents and punctuation gone,
 * numbers split from their units ({@code 500mg} → {@code 500 mg}), British spellings folded
 * ({@code haemo} → {@code hemo}), billing abbreviations expanded ({@code inj} → {@code injection},
 * {@code USG} → {@code ultrasound}), plurals made singular and words that say nothing about the
 * service ({@code charges}, {@code fee}, {@code per day}) dropped. Bill lines and reference names
 * go through the same steps, so an abbreviation on either side meets the full word on the other.
 * The vocabulary lives in {@code /lexicon/vocabulary.txt}.
 */
public final class DescriptionNormaliser {
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    /** Initialisms written with dots: e.c.g. → ecg, i.v. → iv. */
    private static final Pattern DOTTED = Pattern.compile("\\b[a-z](?:\\.[a-z])+\\b\\.?");

    private static final Vocabulary VOCABULARY = Vocabulary.load("vocabulary");
    /** Letters OCR prints among a number's digits, each as {printed, digit}. */
    private static final String[][] NUMBER_LETTERS = LookAlikes.of("number-letter");

    private DescriptionNormaliser() {
    }

    /** The description's meaningful tokens in order, each once. */
    public static List<String> tokens(String description) {
        return tokens(description, null);
    }

    /**
     * The tokens, with OCR digit-for-letter slips repaired where the repaired word is one
     * {@code known} recognises ("8lood" → "blood", "Ma1aria" → "malaria"); null repairs nothing.
     */
    static List<String> tokens(String description, Predicate<String> known) {
        if (description == null || description.isBlank()) {
            return List.of();
        }
        String text = isAscii(description) ? description.toLowerCase(Locale.ROOT)
                : ACCENTS.matcher(Normalizer.normalize(description, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        if (text.indexOf('\'') >= 0) {
            text = POSSESSIVE.matcher(text).replaceAll("");
        }
        if (text.indexOf('.') >= 0) {
            text = DOTTED.matcher(text).replaceAll(m -> m.group().replace(".", ""));
        }
        if (VOCABULARY.anyPhrase().matcher(text).find()) {
            for (Map.Entry<Pattern, String> phrase : VOCABULARY.phrases().entrySet()) {
                text = phrase.getKey().matcher(text).replaceAll(phrase.getValue());
            }
        }
        List<String> raw = words(text, known);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            expand(raw.get(i), i == 0, out);
        }
        return List.copyOf(out);
    }

    /**
     * Splits lower-cased text into words: letters and digits kept, a dot only inside a number,
     * {@code %} a word of its own, and a number split from letters glued to it (500mg → 500 mg)
     * unless it is a misread letter of a known word.
     */
    private static List<String> words(String text, Predicate<String> known) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%') {
                words.add("%");
                i++;
            } else if (isLetter(c) || isDigit(c)) {
                int end = i;
                while (end < text.length() && (isLetter(text.charAt(end)) || isDigit(text.charAt(end))
                        || isDecimalDot(text, end))) {
                    end++;
                }
                String run = text.substring(i, end);
                String repaired = known == null ? null : misreadDigits(run, known);
                if (repaired == null && known != null) {
                    repaired = misreadLetters(run);
                }
                if (repaired != null) {
                    words.add(repaired);
                } else {
                    splitDigitsFromLetters(run, words);
                }
                i = end;
            } else {
                i++;
            }
        }
        return words;
    }

    private static boolean isDecimalDot(String text, int i) {
        return text.charAt(i) == '.' && i > 0 && isDigit(text.charAt(i - 1)) && i + 1 < text.length()
                && isDigit(text.charAt(i + 1));
    }

    private static void splitDigitsFromLetters(String run, List<String> words) {
        int start = 0;
        for (int k = 1; k <= run.length(); k++) {
            if (k == run.length() || (run.charAt(k) != '.' && run.charAt(k - 1) != '.'
                    && isDigit(run.charAt(k)) != isDigit(run.charAt(k - 1)))) {
                words.add(run.substring(start, k));
                start = k;
            }
        }
    }

    /** A word of letters with OCR's usual digit slips (0/o, 1/l or i, 5/s, 8/b) read back, when known; else null. */
    private static String misreadDigits(String run, Predicate<String> known) {
        long letters = run.chars().filter(ch -> ch >= 'a' && ch <= 'z').count();
        if (letters < 2 || run.length() < 3 || letters == run.length()) {
            return null;
        }
        for (char one : new char[] {'l', 'i'}) {
            StringBuilder word = new StringBuilder(run.length());
            for (int k = 0; k < run.length(); k++) {
                char ch = run.charAt(k);
                switch (ch) {
                    case '0' -> word.append('o');
                    case '1' -> word.append(one);
                    case '5' -> word.append('s');
                    case '8' -> word.append('b');
                    default -> {
                        if (!isLetter(ch)) {
                            return null;
                        }
                        word.append(ch);
                    }
                }
            }
            Set<String> expanded = new LinkedHashSet<>();
            expand(word.toString(), false, expanded);
            if (!expanded.isEmpty() && expanded.stream().allMatch(known)) {
                return word.toString();
            }
        }
        return null;
    }

    /** A number with OCR's letter slips (s00 → 500, 1o → 10): digits, and only look-alike letters fewer than them. */
    private static String misreadLetters(String run) {
        long digits = run.chars().filter(ch -> isDigit((char) ch)).count();
        if (digits == 0 || digits * 2 < run.length() || run.chars().anyMatch(ch -> !isDigit((char) ch) && digitFor((char) ch) == null)) {
            return null;
        }
        String read = run;
        for (String[] slip : NUMBER_LETTERS) {
            read = read.replace(slip[0], slip[1]);
        }
        return read;
    }

    private static String digitFor(char letter) {
        for (String[] slip : NUMBER_LETTERS) {
            if (slip[0].equals(String.valueOf(letter))) {
                return slip[1];
            }
        }
        return null;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * A key two descriptions share when they name the same service: the sorted tokens, so that
     * word order and abbreviations do not matter; the lower-cased text when nothing meaningful is left.
     */
    public static String key(String description) {
        List<String> tokens = tokens(description);
        if (tokens.isEmpty()) {
            return description == null ? "" : description.trim().toLowerCase(Locale.ROOT);
        }
        return String.join(" ", new TreeSet<>(tokens));
    }

    /** Whether the token is a unit of measure (mg, ml, %...): it says little about which service it is. */
    static boolean isUnit(String token) {
        return VOCABULARY.units().contains(token);
    }

    /** Whether the token only qualifies a service (test, level, surgery...): it weighs less. */
    static boolean isGeneric(String token) {
        return VOCABULARY.generic().contains(token);
    }

    /**
     * Whether a printed word (lower case) names a department ("path", "lab", "ot", "ipd"): bills
     * print it before a service as a heading ("Path: Bilirubin"), not as part of the service.
     */
    static boolean isDepartment(String word) {
        return VOCABULARY.departments().contains(word);
    }

    /** Whether the token names a dosage form (tablet, syrup...): the line is a medicine, not a service. */
    static boolean isDosageForm(String token) {
        return VOCABULARY.dosageForms().contains(token);
    }

    static boolean isNumber(String token) {
        return !token.isEmpty() && Character.isDigit(token.charAt(0));
    }

    /** What one lower-case word normalises to (expanded, folded, singular; empty when it is noise). */
    static List<String> word(String word) {
        Set<String> out = new LinkedHashSet<>();
        expand(word, false, out);
        return List.copyOf(out);
    }

    private static void expand(String token, boolean first, Set<String> out) {
        if (isNumber(token)) {
            out.add(WordForms.stripZeros(token));
            return;
        }
        String word = WordForms.fold(token);
        List<String> replacement = first ? VOCABULARY.leading().get(word) : null;
        if (replacement == null) {
            replacement = VOCABULARY.words().get(word);
        }
        if (replacement == null) {
            String singular = WordForms.singular(word);
            replacement = VOCABULARY.words().getOrDefault(singular, List.of(WordForms.stem(singular)));
        }
        for (String r : replacement) {
            if (!VOCABULARY.noise().contains(r)) {
                out.add(r);
            }
        }
    }
}

package com.billaudit.audit;

import com.billaudit.lexicon.LookAlikes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Mends the words of a scanned bill that OCR misread, but only into words the reference names
 * use: two words run together ("bloodsugar"), one word split in two ("hemo dialysis", "pro
 * calcitonin", "sem private" with a lost letter), one letter read as its look-alike ("urca" for
 * "urea", "chorges" for "charges"), a short word that lost a letter ("rom"). A word nothing known
 * can be made of stays as it is.
 */
final class OcrRepair {
    /** Letters (or pairs) OCR confuses, each way it is read. */
    private static final String[][] LOOK_ALIKES = LookAlikes.of("word-repair");
    private static final int MIN_LENGTH = 3;
    private static final int MIN_SPLIT_LENGTH = 4;
    /**
     * A three-letter word is more likely an abbreviation of its own ("EEG", "EMG") than a misread
     * one ("ECG"): in it only a misread vowel or a D read as O is read back ("tob" for "tab", "OPO" for "OPD").
     */
    private static final int MIN_LOOK_ALIKE_LENGTH = 4;
    private static final String[][] VOWEL_LOOK_ALIKES = LookAlikes.of("short-word-repair");
    private static final int MIN_PART = 2;
    /** Up to this length a word may also have lost a letter ("rom" for "room"). */
    private static final int MAX_SHORT_WORD = 5;

    private OcrRepair() {
    }

    static List<String> repair(List<String> tokens, Predicate<String> known) {
        Set<String> out = new LinkedHashSet<>();
        for (String token : joinSplitWords(tokens, known)) {
            if (known.test(token) || token.length() < MIN_LENGTH || !letters(token)) {
                out.add(token);
                continue;
            }
            List<String> mended = token.length() >= MIN_SPLIT_LENGTH ? split(token, known) : null;
            if (mended == null) {
                mended = lookAlike(token, token.length() >= MIN_LOOK_ALIKE_LENGTH ? LOOK_ALIKES : VOWEL_LOOK_ALIKES, known);
            }
            if (mended == null && token.length() <= MAX_SHORT_WORD) {
                mended = lostLetter(token, known);
            }
            out.addAll(mended == null ? List.of(token) : mended);
        }
        return new ArrayList<>(out);
    }

    /**
     * Two neighbouring words, at least one of them unknown, that together make a known word (maybe
     * after putting back one lost letter) become that word.
     */
    private static List<String> joinSplitWords(List<String> tokens, Predicate<String> known) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (i + 1 < tokens.size()) {
                String next = tokens.get(i + 1);
                if (letters(token) && letters(next) && !(known.test(token) && known.test(next))) {
                    List<String> joined = DescriptionNormaliser.word(token + next);
                    if (joined.isEmpty() || !knownOrNoise(joined, known)) {
                        joined = lostLetter(token + next, known);
                    }
                    if (joined != null && !joined.isEmpty()) {
                        out.addAll(joined);
                        i++;
                        continue;
                    }
                }
            }
            out.add(token);
        }
        return out;
    }

    /** The two known words the token is made of, the longest first part first; null when none. */
    private static List<String> split(String token, Predicate<String> known) {
        // a single letter may end the token after a word of three or more ("vitd" = vit d, "hepb" = hep b)
        int from = token.length() - 1 >= MIN_SPLIT_LENGTH - 1 ? token.length() - 1 : token.length() - MIN_PART;
        for (int k = from; k >= MIN_PART; k--) {
            List<String> left = DescriptionNormaliser.word(token.substring(0, k));
            List<String> right = DescriptionNormaliser.word(token.substring(k));
            if (knownOrNoise(left, known) && knownOrNoise(right, known) && !(left.isEmpty() && right.isEmpty())) {
                List<String> both = new ArrayList<>(left);
                both.addAll(right);
                return both;
            }
        }
        return null;
    }

    /** The token with one look-alike letter read back, when that makes a known word (or a noise word). */
    private static List<String> lookAlike(String token, String[][] lookAlikes, Predicate<String> known) {
        for (String[] pair : lookAlikes) {
            for (int at = token.indexOf(pair[0]); at >= 0; at = token.indexOf(pair[0], at + 1)) {
                String candidate = token.substring(0, at) + pair[1] + token.substring(at + pair[0].length());
                // a digit read back splits the word as the reference names are split ("hbaic" -> hba 1 c)
                List<String> words = Character.isDigit(pair[1].charAt(0)) ? DescriptionNormaliser.tokens(candidate)
                        : DescriptionNormaliser.word(candidate);
                if (knownOrNoise(words, known)) {
                    return words;
                }
            }
        }
        return null;
    }

    /** The token with one lost letter put back, when that makes a known word. */
    private static List<String> lostLetter(String token, Predicate<String> known) {
        for (int at = 1; at <= token.length(); at++) {
            for (char c = 'a'; c <= 'z'; c++) {
                List<String> words = DescriptionNormaliser.word(token.substring(0, at) + c + token.substring(at));
                if (!words.isEmpty() && knownOrNoise(words, known)) {
                    return words;
                }
            }
        }
        return null;
    }

    private static boolean knownOrNoise(List<String> words, Predicate<String> known) {
        return words.stream().allMatch(known);
    }

    private static boolean letters(String token) {
        return token.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }
}

package com.billaudit.extraction;

import com.billaudit.domain.Category;
import com.billaudit.lexicon.Lexicons;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The figure of a strength or a pack size glued to its unit ("5O0GM", "1OML", "SOOML", "ISTAB"),
 * read back where OCR printed some or all of its digits as look-alike letters. The evidence is the
 * token's own shape, and a letter is read as a digit only where reading it as printed leaves no
 * figure:
 * <ul>
 *   <li>a letter between or after the figure's digits ("5O0GM", "1OML") is no letter a figure prints;</li>
 *   <li>letters before the digits are read only when the digits alone are no figure ("S00MG"):
 *       "S10CM" may be a name's S before 10CM;</li>
 *   <li>a figure of letters only is read when it is a 1 or a 5 followed by zeros ("SOOML", "IOML"),
 *       or on a medicine's or a consumable's line, where a strength or a count is what stands
 *       before a unit ("DOLO 650 TAB ISTAB", "SYRINGE Icc"); a lone S there only where the line
 *       prints that unit after digits elsewhere, S being also a size ("GLOVES SML": small).</li>
 * </ul>
 * Only letters with one digit reading ({@code lexicon/ocr-confusions.txt}, WHERE {@code strength})
 * are read, only into a figure that is all digits, opens with no zero (but "0.5") and has no
 * letter after its point ("1.5SGM" keeps its S: a strength's fraction is rarely two digits). The
 * units are {@code lexicon/strength-units.txt}, the capital strength units of
 * {@code lexicon/glued-strength-units.txt} and the words of {@code lexicon/units.txt} a pack
 * size ends with ("15TAB", "10NOS"), as written and in capitals.
 */
final class StrengthFigures {

    private static final String LETTERS = OcrConfusions.strengthLetters();
    private static final String FIGURE_CHARACTER = "[\\d" + Pattern.quote(LETTERS) + "]";
    private static final List<String> GLUED_UNITS = Lexicons.kind("glued-strength-units", "glued");
    private static final List<String> UNITS = units();
    private static final Set<String> LONE_S_UNITS = Set.copyOf(Lexicons.kind("glued-strength-units", "five-read-as-s"));

    /**
     * A figure and its unit at the start of a word: the figure's whole part, an optional point and
     * fraction, an optional space, the unit; after it no letter or digit, or (a capital unit) the
     * capitals of the word OCR ran it into ("S00MGTAB").
     */
    private static final Pattern FIGURE_AND_UNIT = Pattern.compile("(?<![\\p{L}\\d.,])(" + FIGURE_CHARACTER + "{1,5})"
            + "(?:\\.(" + FIGURE_CHARACTER + "{1,3}))?( ?)(" + Lexicons.alternation(UNITS) + ")(?!\\d)");

    /**
     * A count or strength whose figure OCR read as look-alike capitals only, glued to its unit
     * ("ISTAB", "IML"): where the line gives no evidence which digits were printed, it stays as read.
     */
    private static final Pattern LETTERS_FOR_FIGURE = Pattern.compile("(?<![\\p{L}\\d])[" + Pattern.quote(capitals(LETTERS))
            + "]{1,3}(?i:" + Lexicons.alternation(Stream.concat(Lexicons.shared("strength-units").stream(),
                    Lexicons.kind("table-words", "quantity-unit").stream()).filter(u -> u.chars().allMatch(Character::isLetter) && u.length() >= 2)
            .map(u -> u.toLowerCase(Locale.ROOT)).distinct().toList()) + ")(?![\\p{L}\\d])");

    private StrengthFigures() {
    }

    private static List<String> units() {
        Stream<String> packs = Lexicons.shared("units").stream()
                .filter(u -> u.length() >= 3 && u.chars().allMatch(Character::isLetter))
                .flatMap(u -> Stream.of(u, u.toUpperCase(Locale.ROOT)));
        // longest first: "TABS" before "TAB"
        return Stream.of(Lexicons.shared("strength-units").stream(), GLUED_UNITS.stream(), packs).flatMap(s -> s)
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static String capitals(String letters) {
        return letters.chars().filter(Character::isUpperCase).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Whether a description holds a figure OCR read as capitals only before its unit ({@link #LETTERS_FOR_FIGURE}). */
    static boolean lettersForFigure(String description) {
        return LETTERS_FOR_FIGURE.matcher(description).find();
    }

    /** The description with each figure OCR read partly as letters read back where its shape says which digits it is. */
    static String readBack(String description) {
        Matcher m = FIGURE_AND_UNIT.matcher(description);
        StringBuilder out = new StringBuilder();
        Boolean expectsFigures = null;
        while (m.find()) {
            String whole = m.group(1);
            String fraction = m.group(2);
            String space = m.group(3);
            String unit = m.group(4);
            String reading = null;
            if (readable(description, m)) {
                if ((whole + (fraction == null ? "" : fraction)).chars().anyMatch(Character::isDigit)) {
                    reading = amongDigits(whole, fraction);
                } else if (space.isEmpty()) {
                    if (expectsFigures == null) {
                        expectsFigures = expectsFigures(description);
                    }
                    reading = lettersOnly(whole, unit, description, expectsFigures);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(reading == null ? m.group() : reading + space + unit));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Whether a figure and unit found may be read: a letter stands in its whole part, none in its
     * fraction, the unit ends the word and is the only unit its letters make.
     */
    private static boolean readable(String description, Matcher m) {
        String fraction = m.group(2);
        return m.group(1).chars().anyMatch(Character::isLetter)
                && (fraction == null || fraction.chars().allMatch(Character::isDigit))
                && endsWord(description, m.end(), m.group(4))
                && !splitsAnotherWay(description, m.start(4), m.end(4));
    }

    /** After the unit: no letter, or the capitals of a word OCR ran a capital strength unit into. */
    private static boolean endsWord(String text, int end, String unit) {
        if (end >= text.length() || !Character.isLetter(text.charAt(end))) {
            return true;
        }
        return GLUED_UNITS.contains(unit) && end + 1 < text.length()
                && Character.isUpperCase(text.charAt(end)) && Character.isUpperCase(text.charAt(end + 1));
    }

    /**
     * Whether another unit starts inside the one read and runs past it ("SOGML": SO GM or SOG ML):
     * then which letters are the figure's is not known.
     */
    private static boolean splitsAnotherWay(String text, int unitStart, int unitEnd) {
        for (int at = unitStart + 1; at < unitEnd; at++) {
            for (String other : UNITS) {
                if (at + other.length() > unitEnd && text.startsWith(other, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A figure with digits and letters: letters among or after the digits are read; letters before
     * them only when the figure from its first digit on is none a bill prints ("S00MG"; "S10CM" and
     * "S0.5MG" may be a name's S).
     */
    private static String amongDigits(String whole, String fraction) {
        int firstDigit = 0;
        while (firstDigit < whole.length() && !Character.isDigit(whole.charAt(firstDigit))) {
            firstDigit++;
        }
        // "O.5MG": letters before the point only, the fraction alone no figure
        if (firstDigit > 0 && firstDigit < whole.length() && plausible(digits(whole.substring(firstDigit)), fraction) != null) {
            return null;
        }
        return plausible(digits(whole), fraction);
    }

    private static String lettersOnly(String whole, String unit, String description, boolean expectsFigures) {
        String digits = digits(whole);
        if (digits == null) {
            return null;
        }
        boolean oneFollowedByZeros = digits.length() > 1 && digits.substring(1).chars().allMatch(c -> c == '0');
        boolean loneS = whole.equals("S");
        if (oneFollowedByZeros || expectsFigures && !loneS || loneS && printedAfterDigits(unit, description)) {
            return plausible(digits, null);
        }
        return null;
    }

    /** Whether the description prints the unit right after digits elsewhere ("SMLDS 5ML"). */
    private static boolean printedAfterDigits(String unit, String description) {
        return LONE_S_UNITS.contains(unit) && Pattern.compile("\\d" + Pattern.quote(unit) + "(?![\\p{L}])").matcher(description).find();
    }

    /** Whether the line names a medicine or a consumable: a figure before a unit there is a strength or a count. */
    private static boolean expectsFigures(String description) {
        Category category = Categories.of(description);
        return category == Category.MEDICINE || category == Category.CONSUMABLE;
    }

    /** The characters read as digits, or null when one is no look-alike of exactly one digit. */
    private static String digits(String figure) {
        StringBuilder digits = new StringBuilder();
        for (char c : figure.toCharArray()) {
            Character digit = Character.isDigit(c) ? Character.valueOf(c) : OcrConfusions.inStrengthAsDigit(c);
            if (digit == null) {
                return null;
            }
            digits.append(digit);
        }
        return digits.toString();
    }

    /** The figure if it is one a bill prints: no leading zero but before a point, not nothing. */
    private static String plausible(String whole, String fraction) {
        if (whole == null || whole.length() > 1 && whole.charAt(0) == '0' || whole.equals("0") && fraction == null) {
            return null;
        }
        return fraction == null ? whole : whole + "." + fraction;
    }
}

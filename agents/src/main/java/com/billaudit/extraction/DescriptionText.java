package com.billaudit.extraction;

import com.billaudit.lexicon.Lexicons;

import java.util.regex.Pattern;

/** Tidies a description: table-border scraps and stray punctuation at its ends go, spaces are single. */
final class DescriptionText {

    private static final Pattern EDGE_SCRAPS = Pattern.compile("^[^\\p{L}\\p{N}(]+|[^\\p{L}\\p{N})%.+]+$");

    /** A drug strength OCR misread: "SOOML" or "S00 ML" for 500ML or 500 ML, "500mI" or "10 mi" for ml. */
    private static final Pattern STRENGTH = Pattern.compile("(?<![\\p{L}\\d])([\\d" + Pattern.quote(OcrConfusions.strengthLetters())
            + "]{2,5})( ?)(" + Lexicons.alternation(Lexicons.shared("strength-units")) + ")(?![\\p{L}])");
    private static final Pattern MILLILITRE = Pattern.compile("(?<=\\d ?)m[Ii1|](?![\\p{L}])");

    private static final String GLUED_UNITS = Lexicons.alternation(Lexicons.kind("glued-strength-units", "glued"));
    /** A strength OCR ran into the capitals after it: "2MLDS" for "2ML DS". */
    private static final Pattern STRENGTH_BEFORE_WORD = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?(?:" + GLUED_UNITS + "))(\\p{Lu}{2,})");
    /** Capitals OCR ran into the strength after them: "DS2ML" for "DS 2ML", "NS500ML" for "NS 500ML". */
    private static final Pattern WORD_BEFORE_STRENGTH = Pattern.compile("\\b(\\p{Lu}{2,})(\\d+(?:\\.\\d+)?(?:" + GLUED_UNITS + "))\\b");
    /** "SML" opening a word: a 5 read as S before its unit. */
    private static final Pattern S_FOR_FIVE = Pattern.compile("\\bS(" + Lexicons.alternation(Lexicons.kind("glued-strength-units", "five-read-as-s")) + ")(?=\\p{Lu}{2,}|\\b)");

    /**
     * A count or strength whose figure OCR read as look-alike capitals only, glued to its unit
     * ("ISTAB" for 15TAB, "IML" for 1ML): which digits were printed is not known, so it stays as read.
     */
    private static final Pattern LETTERS_FOR_FIGURE = Pattern.compile("(?<![\\p{L}\\d])[" + Pattern.quote(capitals(OcrConfusions.strengthLetters()))
            + "]{1,3}(?i:" + Lexicons.alternation(java.util.stream.Stream.concat(Lexicons.shared("strength-units").stream(),
                    Lexicons.kind("table-words", "quantity-unit").stream()).filter(u -> u.chars().allMatch(Character::isLetter) && u.length() >= 2)
            .map(u -> u.toLowerCase(java.util.Locale.ROOT)).distinct().toList()) + ")(?![\\p{L}\\d])");

    private DescriptionText() {
    }

    private static String capitals(String letters) {
        return letters.chars().filter(Character::isUpperCase).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Whether a cleaned description holds a figure OCR read as letters only ({@link #LETTERS_FOR_FIGURE}). */
    static boolean lettersForFigure(String description) {
        return LETTERS_FOR_FIGURE.matcher(description).find();
    }

    /**
     * Spaces OCR lost around a strength in capitals ("2MLDS2ML" for "2ML DS 2ML"), and a 5 it read
     * as S before a unit ("SMLDS 5ML"), the latter only where the description prints that unit
     * after digits elsewhere: "SML" alone may be a size (small).
     */
    private static String gluedStrengths(String s) {
        String out = S_FOR_FIVE.matcher(s).replaceAll(m -> Pattern.compile("\\d" + m.group(1) + "\\b").matcher(s).find()
                ? "5" + m.group(1) : m.group());
        out = STRENGTH_BEFORE_WORD.matcher(out).replaceAll("$1 $2");
        return WORD_BEFORE_STRENGTH.matcher(out).replaceAll("$1 $2");
    }

    private static String strengths(String s) {
        String out = STRENGTH.matcher(s).replaceAll(m -> {
            String amount = m.group(1);
            if (amount.chars().noneMatch(Character::isDigit) && !amount.matches("[SO]{1}[Oo]+")) {
                return m.group();
            }
            StringBuilder digits = new StringBuilder();
            for (char c : amount.toCharArray()) {
                Character digit = OcrConfusions.inStrengthAsDigit(c);
                digits.append(digit == null ? c : digit);
            }
            return digits + m.group(2) + m.group(3);
        });
        return MILLILITRE.matcher(out).replaceAll("ml");
    }

    static String clean(String text) {
        String s = text.replace('\u0000', ' ').replaceAll("\\s+", " ").strip();
        // OCR reads a lone capital I ("Troponin I", "HIV I and II") as ! or |
        s = s.replaceAll("(?<=\\s)[!|](?=\\s|$)", "I");
        // "Tab.Crocin", "Sugar.Fasting": a speck OCR read as a full stop between two words
        s = s.replaceAll("(?<=\\p{L}{2})\\.(?=\\p{L}{3}|\\d)", " ");
        s = gluedStrengths(strengths(s));
        // an S OCR read as a dollar sign opening a code glued to the words ("$G201-1-Nursing Charge")
        s = s.replaceFirst("^\\$(?=\\p{Lu}\\p{Alnum}*\\d)", "S");
        s = EDGE_SCRAPS.matcher(s).replaceAll("").strip();
        // a lone lower-case letter before the first word is a scrap of a border or a stamp, glued to
        // it or not ("i PATHOLOGY", "iPATHOLOGY"; "eGFR", "mRNA" keep theirs: three capitals)
        return s.replaceFirst("^[a-z]\\s+(?=\\p{L})", "").replaceFirst("^[a-z](?=\\p{Lu}{4,}\\b)", "");
    }
}

package com.billaudit.extraction;

import com.billaudit.lexicon.Lexicons;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tidies a description: table-border scraps and stray punctuation at its ends go, spaces are single. */
final class DescriptionText {

    private static final Pattern EDGE_SCRAPS = Pattern.compile("^[^\\p{L}\\p{N}(]+|[^\\p{L}\\p{N})%.+]+$");

    /** Millilitres OCR misread after a figure: "500mI" or "10 mi" for ml, "100Mi" for Ml (the l read as i). */
    private static final Pattern MILLILITRE = Pattern.compile("(?<=\\d ?)(?:m[Ii1|]|(M)[i|])(?![\\p{L}])");

    private static final String GLUED_UNITS = Lexicons.alternation(Lexicons.kind("glued-strength-units", "glued"));
    /** A strength OCR ran into the capitals after it: "2MLDS" for "2ML DS". */
    private static final Pattern STRENGTH_BEFORE_WORD = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?(?:" + GLUED_UNITS + "))(\\p{Lu}{2,})");
    /** Capitals OCR ran into the strength after them: "DS2ML" for "DS 2ML", "NS500ML" for "NS 500ML". */
    private static final Pattern WORD_BEFORE_STRENGTH = Pattern.compile("\\b(\\p{Lu}{2,})(\\d+(?:\\.\\d+)?(?:" + GLUED_UNITS + "))\\b");

    /** Abbreviations printed with a slash, by the spelling OCR gives them with the slash read as a letter ("RIE"). */
    private static final Map<String, String> SLASHED = slashed();
    private static final Pattern SLASH_READ_AS_LETTER = Pattern.compile("(?<![\\p{L}\\d/])("
            + Lexicons.alternation(List.copyOf(SLASHED.keySet())) + ")(?![\\p{L}\\d/])");

    private DescriptionText() {
    }

    private static Map<String, String> slashed() {
        Map<String, String> slashed = new LinkedHashMap<>();
        for (String abbreviation : Lexicons.kind("slash-abbreviations", "abbreviation")) {
            for (String slash : Lexicons.kind("slash-abbreviations", "slash-read-as")) {
                slashed.put(abbreviation.replace("/", slash), abbreviation);
            }
        }
        return Map.copyOf(slashed);
    }

    /** Whether a cleaned description holds a figure OCR read as letters only and left so ({@link StrengthFigures}). */
    static boolean lettersForFigure(String description) {
        return StrengthFigures.lettersForFigure(description);
    }

    /** Spaces OCR lost around a strength in capitals: "2MLDS2ML" for "2ML DS 2ML". */
    private static String gluedStrengths(String s) {
        String out = STRENGTH_BEFORE_WORD.matcher(s).replaceAll("$1 $2");
        return WORD_BEFORE_STRENGTH.matcher(out).replaceAll("$1 $2");
    }

    static String clean(String text) {
        String s = text.replace('\u0000', ' ').replaceAll("\\s+", " ").strip();
        // OCR reads a lone capital I ("Troponin I", "HIV I and II") as ! or |
        s = s.replaceAll("(?<=\\s)[!|](?=\\s|$)", "I");
        // "Tab.Crocin", "Sugar.Fasting": a speck OCR read as a full stop between two words
        s = s.replaceAll("(?<=\\p{L}{2})\\.(?=\\p{L}{3}|\\d)", " ");
        // figures OCR read partly as letters ("SOOML", "5O0GM"), then the spaces it lost around them
        s = MILLILITRE.matcher(s).replaceAll(m -> m.group(1) == null ? "ml" : "Ml");
        s = gluedStrengths(StrengthFigures.readBack(s));
        s = SLASH_READ_AS_LETTER.matcher(s).replaceAll(m -> Matcher.quoteReplacement(SLASHED.get(m.group(1))));
        // an S OCR read as a dollar sign opening a code glued to the words ("$G201-1-Nursing Charge")
        s = s.replaceFirst("^\\$(?=\\p{Lu}\\p{Alnum}*\\d)", "S");
        s = EDGE_SCRAPS.matcher(s).replaceAll("").strip();
        // a lone lower-case letter before the first word is a scrap of a border or a stamp, glued to
        // it or not ("i PATHOLOGY", "iPATHOLOGY"; "eGFR", "mRNA" keep theirs: three capitals)
        return s.replaceFirst("^[a-z]\\s+(?=\\p{L})", "").replaceFirst("^[a-z](?=\\p{Lu}{4,}\\b)", "");
    }
}

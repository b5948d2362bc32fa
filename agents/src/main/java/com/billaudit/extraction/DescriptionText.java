package com.billaudit.extraction;

import com.billaudit.lexicon.Lexicons;

import java.util.regex.Pattern;

/** Tidies a description: table-border scraps and stray punctuation at its ends go, spaces are single. */
final class DescriptionText {

    private static final Pattern EDGE_SCRAPS = Pattern.compile("^[^\\p{L}\\p{N}(]+|[^\\p{L}\\p{N})%.+]+$");

    /** A drug strength OCR misread: "SOOML" for 500ML, "500mI" or "10 mi" for ml. */
    private static final Pattern STRENGTH = Pattern.compile("(?<![\\p{L}\\d])([\\d" + Pattern.quote(OcrConfusions.strengthLetters())
            + "]{2,5})(" + Lexicons.alternation(Lexicons.shared("strength-units")) + ")(?![\\p{L}])");
    private static final Pattern MILLILITRE = Pattern.compile("(?<=\\d ?)m[Ii1|](?![\\p{L}])");

    private DescriptionText() {
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
            return digits + m.group(2);
        });
        return MILLILITRE.matcher(out).replaceAll("ml");
    }

    static String clean(String text) {
        String s = text.replace('\u0000', ' ').replaceAll("\\s+", " ").strip();
        // OCR reads a lone capital I ("Troponin I", "HIV I and II") as ! or |
        s = s.replaceAll("(?<=\\s)[!|](?=\\s|$)", "I");
        // "Tab.Crocin", "Sugar.Fasting": a speck OCR read as a full stop between two words
        s = s.replaceAll("(?<=\\p{L}{2})\\.(?=\\p{L}{3}|\\d)", " ");
        s = strengths(s);
        s = EDGE_SCRAPS.matcher(s).replaceAll("").strip();
        // a lone lower-case letter before the first word is a scrap of a border or a stamp
        return s.replaceFirst("^[a-z]\\s+(?=\\p{L})", "");
    }
}

package com.billaudit.ocr;

import com.billaudit.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs a few misreadings Tesseract makes again and again on bills, where the context leaves
 * no doubt: a unit after a number ("10mI", "500 m1" are millilitres; "20 mq" milligrams;
 * "5000 lu" international units) and the J of "INJ" or "Inj" read as a bracket that closes
 * nothing. What is misread as what is data ({@link OcrLexicon}); the contexts are here.
 * Only units are touched, never a digit: a wrong amount must stay visibly wrong.
 */
final class Misreadings {

    /** Right after a number, or one space after it. */
    private static final String AFTER_NUMBER = "(?<=\\d ?)";
    /** One space after a number only. */
    private static final String APART_FROM_NUMBER = "(?<=\\d )";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    private static final List<Repair> UNITS = units();
    /** A word with its J read as a closing bracket: "IN)" for INJ. */
    private static final Pattern INJECTION = Pattern.compile("(?<![\\p{L}\\p{N}])(" + Lexicons.alternation(OcrLexicon.of("bracket-for-j"))
            + ")([)\\]}])");

    private record Repair(Pattern misread, String unit) {
    }

    private Misreadings() {
    }

    static String repair(String line) {
        String repaired = line;
        for (Repair unit : UNITS) {
            repaired = unit.misread().matcher(repaired).replaceAll(Matcher.quoteReplacement(unit.unit()));
        }
        return repairInjection(repaired);
    }

    private static List<Repair> units() {
        List<Repair> repairs = new ArrayList<>();
        for (Map.Entry<String, String> misread : OcrLexicon.pairs("unit-misread").entrySet()) {
            repairs.add(new Repair(Pattern.compile(AFTER_NUMBER + Pattern.quote(misread.getKey()) + WORD_END), misread.getValue()));
        }
        for (Map.Entry<String, String> misread : OcrLexicon.pairs("unit-misread-apart").entrySet()) {
            repairs.add(new Repair(Pattern.compile(APART_FROM_NUMBER + Pattern.quote(misread.getKey()) + WORD_END), misread.getValue()));
        }
        return List.copyOf(repairs);
    }

    /** "IN)" becomes "INJ" unless an opening bracket before it on the line makes it "(... IN)". */
    private static String repairInjection(String line) {
        Matcher matcher = INJECTION.matcher(line);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            char bracket = matcher.group(2).charAt(0);
            char opening = bracket == ')' ? '(' : bracket == ']' ? '[' : '{';
            boolean closes = line.lastIndexOf(opening, matcher.start()) >= 0;
            String word = matcher.group(1);
            String j = Character.isUpperCase(word.charAt(word.length() - 1)) ? "J" : "j";
            matcher.appendReplacement(out, Matcher.quoteReplacement(word + (closes ? bracket : j)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

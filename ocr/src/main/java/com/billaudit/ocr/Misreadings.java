package com.billaudit.ocr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs a few misreadings Tesseract makes again and again on bills, where the context leaves
 * no doubt: a unit after a number ("10mI", "500 m1" are millilitres; "20 mq" milligrams;
 * "5000 lu" international units) and the J of "INJ" or "Inj" read as a bracket that closes
 * nothing.
 * Only units are touched, never a digit: a wrong amount must stay visibly wrong.
 */
final class Misreadings {

    /** A number, then (attached or after one space) l read as I, 1, i or |. */
    private static final Pattern MILLILITRES = Pattern.compile("(?<=\\d ?)m[I1i|](?![\\p{L}\\p{N}])");
    private static final Pattern MILLIGRAMS = Pattern.compile("(?<=\\d ?)mq(?![\\p{L}\\p{N}])");
    /** IU with its I read as l or 1 (a separate 1U only: "401U" could be 401 U). */
    private static final Pattern UNITS = Pattern.compile("(?<=\\d)[lI][uU](?![\\p{L}\\p{N}])|(?<=\\d )[lI1][uU](?![\\p{L}\\p{N}])");
    /** INJ (or Inj) with its J read as a closing bracket. */
    private static final Pattern INJECTION = Pattern.compile("(?<![\\p{L}\\p{N}])(IN|In)([)\\]}])");

    private Misreadings() {
    }

    static String repair(String line) {
        String repaired = MILLILITRES.matcher(line).replaceAll("ml");
        repaired = MILLIGRAMS.matcher(repaired).replaceAll("mg");
        repaired = UNITS.matcher(repaired).replaceAll("IU");
        return repairInjection(repaired);
    }

    /** "IN)" becomes "INJ" unless an opening bracket before it on the line makes it "(... IN)". */
    private static String repairInjection(String line) {
        Matcher matcher = INJECTION.matcher(line);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            char bracket = matcher.group(2).charAt(0);
            char opening = bracket == ')' ? '(' : bracket == ']' ? '[' : '{';
            boolean closes = line.lastIndexOf(opening, matcher.start()) >= 0;
            String j = matcher.group(1).equals("IN") ? "J" : "j";
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + (closes ? bracket : j)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

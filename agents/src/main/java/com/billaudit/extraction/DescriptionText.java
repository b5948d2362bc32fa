package com.billaudit.extraction;

import java.util.regex.Pattern;

/** Tidies a description: table-border scraps and stray punctuation at its ends go, spaces are single. */
final class DescriptionText {

    private static final Pattern EDGE_SCRAPS = Pattern.compile("^[^\\p{L}\\p{N}(]+|[^\\p{L}\\p{N})%.+]+$");

    private DescriptionText() {
    }

    static String clean(String text) {
        String s = text.replace('\u0000', ' ').replaceAll("\\s+", " ").strip();
        // OCR reads a lone capital I ("Troponin I", "HIV I and II") as ! or |
        s = s.replaceAll("(?<=\\s)[!|](?=\\s|$)", "I");
        // "Tab.Crocin", "Sugar.Fasting": a speck OCR read as a full stop between two words
        s = s.replaceAll("(?<=\\p{L}{2})\\.(?=\\p{L}{3}|\\d)", " ");
        s = EDGE_SCRAPS.matcher(s).replaceAll("").strip();
        // a lone lower-case letter before the first word is a scrap of a border or a stamp
        return s.replaceFirst("^[a-z]\\s+(?=\\p{L})", "");
    }
}

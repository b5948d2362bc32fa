package com.billaudit.extraction;

import java.util.regex.Pattern;

/** Tidies a description: table-border scraps and stray punctuation at its ends go, spaces are single. */
final class DescriptionText {

    private static final Pattern EDGE_SCRAPS = Pattern.compile("^[^\\p{L}\\p{N}(]+|[^\\p{L}\\p{N})%.+]+$");

    private DescriptionText() {
    }

    static String clean(String text) {
        String s = text.replace('\u0000', ' ').replaceAll("\\s+", " ").strip();
        return EDGE_SCRAPS.matcher(s).replaceAll("").strip();
    }
}

package com.billaudit.ocr;

import com.billaudit.lexicon.Lexicons;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the OCR module knows of how a scan's print is misread ({@code lexicon/ocr-reading.txt},
 * read through {@link Lexicons}): the one place this module takes words and characters from.
 */
final class OcrLexicon {
    private static final String LIST = "ocr-reading";

    private OcrLexicon() {
    }

    /** The entries of one kind, in the order listed. */
    static List<String> of(String kind) {
        return Lexicons.kind(LIST, kind);
    }

    /** The {@code MISREAD=MEANT} entries of one kind, in the order listed. */
    static Map<String, String> pairs(String kind) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String entry : of(kind)) {
            int equals = entry.lastIndexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalStateException("lexicon/" + LIST + ".txt: expected 'MISREAD=MEANT': " + entry);
            }
            pairs.put(entry.substring(0, equals), entry.substring(equals + 1));
        }
        return pairs;
    }

    /** The characters of a kind whose entries are single characters, as one string. */
    static String characters(String kind) {
        return String.join("", of(kind));
    }
}

package com.billaudit.lexicon;

import java.util.List;

/**
 * What OCR prints for what inside a word ({@code lexicon/ocr-look-alikes.txt}), read here for the
 * audit's repairs and the extraction's titles and summary labels: each slip as {@code {printed, meant}},
 * in the order the list tries them.
 */
public final class LookAlikes {

    private LookAlikes() {
    }

    /**
     * The slips of one kind: {@code word-repair}, {@code short-word-repair}, {@code spelling},
     * {@code number-letter}, {@code title-repair}.
     */
    public static String[][] of(String kind) {
        List<String> entries = Lexicons.kind("ocr-look-alikes", kind);
        String[][] slips = new String[entries.size()][];
        for (int i = 0; i < slips.length; i++) {
            String[] slip = entries.get(i).split(">", -1);
            if (slip.length != 2 || slip[0].isEmpty() || slip[1].isEmpty()) {
                throw new IllegalStateException("lexicon/ocr-look-alikes.txt: expected 'printed>meant': " + entries.get(i));
            }
            slips[i] = slip;
        }
        return slips;
    }
}

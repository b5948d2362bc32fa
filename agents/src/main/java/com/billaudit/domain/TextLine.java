package com.billaudit.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One visual line of a page, its columns kept apart by runs of spaces the way
 * {@code pdftotext -layout} prints them (OCR rebuilds the same from word boxes), together with
 * the words the line was laid out from and where they stand on the page.
 *
 * <p>Every reader fills the words: a PDF text layer with its glyphs' positions, OCR with its
 * word boxes, plain text with monospace boxes ({@link #monospaced}). A line made up afterwards
 * (a line cut in two, a redacted line) has none, and whoever reads geometry then falls back to
 * the text's character offsets.
 *
 * @param text       the line's text
 * @param confidence how sure the reader is of the text, 0..1 (1 for a text layer)
 * @param words      the line's words left to right, each at its offset in {@code text}; empty when unknown
 */
public record TextLine(String text, double confidence, List<PlacedWord> words) {
    public TextLine {
        text = text == null ? "" : text;
        words = words == null ? List.of() : List.copyOf(words);
    }

    /** A line without geometry. */
    public TextLine(String text, double confidence) {
        this(text, confidence, List.of());
    }

    public static TextLine exact(String text) {
        return new TextLine(text, 1.0);
    }

    /**
     * A line of monospace text (a plain-text upload): each run of non-blank characters is a
     * word one unit wide per character, its x the character column and its y the line's index.
     */
    public static TextLine monospaced(String text, int lineIndex, double confidence) {
        List<PlacedWord> words = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && text.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < length && text.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                words.add(new PlacedWord(text.substring(start, i), start, start, i, lineIndex, lineIndex + 1, confidence));
            }
        }
        return new TextLine(text, confidence, words);
    }

    /** Whether the line knows where its words stand. */
    public boolean placed() {
        return !words.isEmpty();
    }

    /**
     * The same line with its text replaced by one of the same length (a repair that swaps
     * characters in place): the words keep their boxes and take their spelling from the new text.
     */
    public TextLine respelled(String repaired) {
        if (repaired.equals(text)) {
            return this;
        }
        if (repaired.length() != text.length()) {
            return new TextLine(repaired, confidence);
        }
        List<PlacedWord> respelled = new ArrayList<>(words.size());
        for (PlacedWord word : words) {
            respelled.add(new PlacedWord(repaired.substring(word.offset(), word.end()), word.offset(), word.left(),
                    word.right(), word.top(), word.bottom(), word.confidence()));
        }
        return new TextLine(repaired, confidence, respelled);
    }

    /** The words that lie wholly within {@code [from, to)} of the text, left to right. */
    public List<PlacedWord> wordsWithin(int from, int to) {
        List<PlacedWord> within = new ArrayList<>();
        for (PlacedWord word : words) {
            if (word.offset() >= from && word.end() <= to) {
                within.add(word);
            }
        }
        return within;
    }
}

package com.billaudit.extraction;

import com.billaudit.domain.PlacedWord;
import com.billaudit.domain.TextLine;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of laid-out text built word by word, as intake builds one from a page's words: each word
 * at its character offset in the line's text and with its box on the page, all on one band of
 * the page ({@code top} to {@code bottom}) and read with one confidence.
 */
final class LaidOutLine {

    private final StringBuilder text = new StringBuilder();
    private final List<PlacedWord> words = new ArrayList<>();
    private final double top;
    private final double bottom;
    private final double confidence;

    LaidOutLine(double top, double bottom, double confidence) {
        this.top = top;
        this.bottom = bottom;
        this.confidence = confidence;
    }

    /** Adds {@code word} at character {@code offset} (spaces fill the text up to it), boxed from {@code left} to {@code right}. */
    LaidOutLine word(String word, int offset, double left, double right) {
        text.append(" ".repeat(Math.max(0, offset - text.length())));
        words.add(new PlacedWord(word, text.length(), left, right, top, bottom, confidence));
        text.append(word);
        return this;
    }

    /** Where the next word would start with nothing between: the length of the text so far. */
    int end() {
        return text.length();
    }

    TextLine line() {
        return new TextLine(text.toString(), confidence, words);
    }
}

package com.billaudit.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves a header carried from an earlier page to where this page prints it again. A scan's layout
 * text is rebuilt per page from the words' boxes, so the same column stands at different character
 * offsets on two pages even when it stands at the same place on the paper; where the page prints
 * the header again (too garbled to read on its own, {@link HeaderReader#repeats}), the titles it
 * still spells say where each column stands here.
 */
final class HeaderAnchor {

    /** Titles shorter than this (in letters) match too many words to anchor anything. */
    private static final int SHORTEST_TITLE = 3;
    /** How far (in characters) a matched title may stand from the fitted move and still count. */
    private static final double MISFIT = 2.0;
    /** The widest stretch between two pages' layout text of the same print: one page's characters 25 % wider. */
    private static final double LARGEST_STRETCH = 1.25;

    private HeaderAnchor() {
    }

    /**
     * {@code header} with its columns at the offsets where {@code line} prints their titles; the
     * header unchanged when fewer than two titles are found, or they do not agree on one move.
     */
    static TableHeader onLine(TableHeader header, String line) {
        List<Token> words = LineTokens.tokenize(line);
        List<double[]> pairs = new ArrayList<>();
        int next = 0;
        for (Column column : header.columns()) {
            String title = HeaderReader.titleLetters(column.title());
            if (column.role() == ColumnRole.UNKNOWN || title.length() < SHORTEST_TITLE) {
                continue;
            }
            // titles are found left to right: a title word that also prints inside a later title ("Date" in "Exp Date") is not this one
            for (int k = next; k < words.size(); k++) {
                String word = HeaderReader.titleLetters(words.get(k).text());
                if (word.length() >= SHORTEST_TITLE && (word.equals(title) || title.startsWith(word) && word.length() * 2 > title.length())) {
                    pairs.add(new double[] {column.start(), words.get(k).start()});
                    next = k + 1;
                    break;
                }
            }
        }
        StraightLine move = fit(pairs);
        if (move == null) {
            return header;
        }
        List<Column> moved = new ArrayList<>(header.columns().size());
        for (Column c : header.columns()) {
            int start = Math.max(0, (int) Math.round(move.at(c.start())));
            int width = Math.max(1, (int) Math.round(move.slope() * (c.end() - c.start())));
            moved.add(new Column(c.role(), c.title(), start, start + width));
        }
        return new TableHeader(moved);
    }

    /** The line taking the old offsets to the new, by least squares; null unless every pair agrees with it. */
    private static StraightLine fit(List<double[]> pairs) {
        StraightLine move = pairs.size() < 2 ? null : StraightLine.fitted(pairs);
        if (move == null || move.slope() < 1 / LARGEST_STRETCH || move.slope() > LARGEST_STRETCH) {
            return null;
        }
        for (double[] p : pairs) {
            if (Math.abs(move.at(p[0]) - p[1]) > MISFIT) {
                return null;
            }
        }
        return move;
    }
}

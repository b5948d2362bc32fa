package com.billaudit.extraction;

import com.billaudit.domain.TextLine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a page's descriptions start, learnt from its rows rather than from the header: in the
 * rows that end in two or more numbers, the cell just before those numbers is the description,
 * and on a printed table those cells are left-aligned. A header carried over from another page,
 * or centred over its column, does not say this as well: each page is measured on its own.
 */
final class DescriptionBand {

    /** How many rows must agree before the page's rows are believed. */
    private static final int AGREEING_ROWS = 3;

    private DescriptionBand() {
    }

    /** The offset where the page's description cells start, or null when its rows do not agree on one. */
    static Integer of(List<TextLine> lines) {
        Band beforeNumbers = agreed(lines, DescriptionBand::descriptionStart);
        Band afterSerial = agreed(lines, DescriptionBand::firstWordsAfterSerial);
        if (beforeNumbers != null && afterSerial != null && afterSerial.start() < beforeNumbers.start()
                && afterSerial.rows() > beforeNumbers.rows()) {
            // most rows print words further left than the few whose last word cell agrees: those
            // cells are a batch or code column after the description, not the description
            return afterSerial.start();
        }
        Band band = beforeNumbers != null ? beforeNumbers : afterSerial;
        return band == null ? null : Integer.valueOf(band.start());
    }

    /** Where the rows' description cells start, and how many rows agree on it. */
    private record Band(int start, int rows) {
    }

    /** Where the rows' cells measured by {@code measure} agree to start, or null. */
    private static Band agreed(List<TextLine> lines, java.util.function.Function<List<Token>, Integer> measure) {
        Map<Integer, Integer> starts = new HashMap<>();
        int rows = 0;
        for (TextLine line : lines) {
            Integer start = measure.apply(LineTokens.tokenize(line.text()));
            if (start != null) {
                starts.merge(start, 1, Integer::sum);
                rows++;
            }
        }
        Integer best = null;
        int bestCount = 0;
        for (int start : starts.keySet()) {
            // a column a character either way is the same column on a scan
            int count = starts.getOrDefault(start - 1, 0) + starts.get(start) + starts.getOrDefault(start + 1, 0);
            if (count > bestCount || count == bestCount && best != null && start < best) {
                best = start;
                bestCount = count;
            }
        }
        if (best == null || bestCount < AGREEING_ROWS || bestCount * 5 < rows * 2) {
            return null;
        }
        // the leftmost of the agreeing starts: a row set a character further left is still in the band
        return new Band(starts.containsKey(best - 1) ? best - 1 : best, bestCount);
    }

    /**
     * In a row opening with its serial number, the first cell that opens with a word: where a
     * pharmacy list prints batch and expiry between the drug's name and its figures, the cell
     * before the figures is no description, but the first words after the serial and the date are.
     */
    private static Integer firstWordsAfterSerial(List<Token> tokens) {
        if (tokens.size() < 4 || tokens.getFirst().kind() != TokenKind.NUMBER || tokens.getLast().kind() != TokenKind.NUMBER) {
            return null;
        }
        for (int k = 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.cellStart() || t.kind() != TokenKind.WORD || !Character.isLetter(t.text().codePointAt(0))) {
                continue;
            }
            long letters = 0;
            for (int j = k; j < tokens.size() && (j == k || !tokens.get(j).cellStart()); j++) {
                letters += tokens.get(j).text().codePoints().filter(Character::isLetter).count();
            }
            if (letters >= 3) {
                return t.start();
            }
        }
        return null;
    }

    /** How many words the cell starting at {@code start} holds. */
    private static int cellSize(List<Token> tokens, int start) {
        int size = 0;
        for (Token t : tokens) {
            if (t.start() == start || size > 0 && !t.cellStart()) {
                size++;
            } else if (size > 0) {
                break;
            }
        }
        return size;
    }

    /** The start of the cell left of a row's trailing numbers, when it reads as a description. */
    private static Integer descriptionStart(List<Token> tokens) {
        int k = tokens.size() - 1;
        int numbers = 0;
        while (k >= 0 && (tokens.get(k).kind() == TokenKind.NUMBER || RowReader.isTimesSign(tokens, k))) {
            numbers += tokens.get(k).kind() == TokenKind.NUMBER ? 1 : 0;
            k--;
        }
        if (numbers < 2 || k < 0 || !tokens.get(k + 1).cellStart()) {
            return null;
        }
        int end = k;
        while (k > 0 && !tokens.get(k).cellStart()) {
            k--;
        }
        long letters = 0;
        for (int j = k; j <= end; j++) {
            letters += tokens.get(j).text().codePoints().filter(Character::isLetter).count();
        }
        // "1 Day", "2 No": a quantity with its unit, not a description
        boolean opensWithWord = tokens.get(k).kind() == TokenKind.WORD && Character.isLetter(tokens.get(k).text().codePointAt(0));
        if (!(letters >= 3 && opensWithWord)) {
            return null;
        }
        // a pharmacy list prints batch and expiry between the drug's name and its figures: where a
        // cell of several words stands further left, the one word before the figures is a batch number
        Integer firstWords = firstWordsAfterSerial(tokens);
        boolean batch = k == end && firstWords != null && firstWords < tokens.get(k).start() && cellSize(tokens, firstWords) > 1;
        return batch ? null : tokens.get(k).start();
    }
}

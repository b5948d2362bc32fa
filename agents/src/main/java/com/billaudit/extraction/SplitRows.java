package com.billaudit.extraction;

import com.billaudit.domain.TextLine;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a table row that a scan prints on two baselines: its description and first figures on
 * one line, and its date, batch, quantity and last figure half a row lower ("STERILE WATER FOR
 * INJECTIONS ... 107.61" over "04/11/2025 1H253397 Jun-28 1 VIAL 107.61"). On a page whose rows
 * are dated, an undated line ending in a figure, directly above a dated line ending in one, is
 * the same row when their words stand in different columns: the two are laid over each other.
 * Words the dated line prints left of its date are the description wrapping on, and follow the
 * joined row as a line of their own.
 */
final class SplitRows {

    /** How many dated lines a page needs before its rows are taken to be dated ones. */
    private static final int DATED_ROWS = 3;
    /** Digits with the marks OCR reads for a decimal point or a speck between them ("81-88", "7/279"). */
    private static final java.util.regex.Pattern GARBLED_FIGURE = java.util.regex.Pattern.compile("\\d+(?:[-/]\\d+)+");
    private static final java.util.regex.Pattern MONTH_YEAR = java.util.regex.Pattern.compile("[—–=-]?[A-Z][a-z]{2}-\\d{2}");

    private SplitRows() {
    }

    static List<TextLine> join(List<TextLine> lines) {
        List<List<Token>> tokens = lines.stream().map(l -> LineTokens.tokenize(l.text())).toList();
        long dated = tokens.stream().filter(SplitRows::hasDate).count();
        if (dated < DATED_ROWS) {
            return lines;
        }
        List<TextLine> joined = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (i + 1 < lines.size() && halves(lines.get(i).text(), tokens.get(i), tokens.get(i + 1))) {
                joined.addAll(laidOver(lines.get(i), tokens.get(i), lines.get(i + 1), tokens.get(i + 1)));
                i++;
            } else {
                joined.add(lines.get(i));
            }
        }
        return joined;
    }

    private static boolean halves(String upperText, List<Token> upper, List<Token> lower) {
        if (upper.isEmpty() || lower.isEmpty() || dated(upper) || !dated(lower)
                || !figure(upper.getLast()) || lower.getLast().kind() != TokenKind.NUMBER) {
            return false;
        }
        if (HeaderReader.read(upperText).isPresent() || SummaryLabels.mentionsTotal(LineTokens.words(upper))
                || SummaryLabels.kindOf(LineTokens.words(upper)).isPresent()) {
            return false;
        }
        int from = rowStart(upper, lower);
        return upper.stream().noneMatch(u -> !scrap(u) && overlaps(u, lower, from));
    }

    /**
     * A figure closing the upper half: a number, or one OCR garbled into digits and marks
     * ("181-8611", "7/279"); it stays in the row, and what the row's columns make of it is theirs to say.
     */
    private static boolean figure(Token t) {
        return t.kind() == TokenKind.NUMBER || GARBLED_FIGURE.matcher(t.text()).matches();
    }

    /**
     * A lone character standing where the lower half prints a cell ("q" over the date, "4" over
     * the figure): a speck OCR read, no cell of the row; the two halves are laid over each other without it.
     */
    private static boolean scrap(Token t) {
        return t.text().length() == 1;
    }

    /** Whether {@code u} stands over one of the lower line's own cells (a column's width apart at most). */
    private static boolean overlaps(Token u, List<Token> lower, int from) {
        for (Token t : lower.subList(from, lower.size())) {
            if (u.start() < t.end() + 1 && t.start() < u.end() + 1) {
                return true;
            }
        }
        return false;
    }

    /** Where the lower line's own cells start: at its date, or at its first word when the upper line names nothing. */
    private static int rowStart(List<Token> upper, List<Token> lower) {
        if (!names(upper)) {
            return 0;
        }
        for (int k = 0; k < lower.size(); k++) {
            if (lower.get(k).kind() == TokenKind.DATE || lower.get(k).kind() == TokenKind.STAMP) {
                return k;
            }
        }
        return 0;
    }

    private static List<TextLine> laidOver(TextLine upperLine, List<Token> upper, TextLine lowerLine, List<Token> lower) {
        int from = rowStart(upper, lower);
        StringBuilder row = new StringBuilder(upperLine.text());
        for (Token u : upper) {
            if (scrap(u) && overlaps(u, lower, from)) {
                row.replace(u.start(), u.end(), " ");
            }
        }
        StringBuilder rest = new StringBuilder();
        for (int k = 0; k < lower.size(); k++) {
            Token t = lower.get(k);
            StringBuilder into = k >= from ? row : rest;
            while (into.length() < t.end()) {
                into.append(' ');
            }
            into.replace(t.start(), t.end(), t.text());
        }
        double confidence = Math.min(upperLine.confidence(), lowerLine.confidence());
        List<TextLine> out = new ArrayList<>(2);
        out.add(new TextLine(row.toString(), confidence));
        if (!rest.isEmpty()) {
            out.add(new TextLine(rest.toString(), lowerLine.confidence()));
        }
        return out;
    }

    /** Whether a line prints a description: a word of three letters or more. */
    private static boolean names(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.kind() == TokenKind.WORD && t.text().codePoints().filter(Character::isLetter).count() >= 3);
    }

    /**
     * Whether a line carries a row's dated cells: a date, one OCR garbled but shaped like one, or a
     * month-and-year expiry ("Dec-29") printed beside the batch.
     */
    private static boolean dated(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.kind() == TokenKind.DATE || t.kind() == TokenKind.STAMP
                || MONTH_YEAR.matcher(t.text()).matches());
    }

    private static boolean hasDate(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.kind() == TokenKind.DATE);
    }
}

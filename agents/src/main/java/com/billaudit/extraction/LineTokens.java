package com.billaudit.extraction;

import com.billaudit.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a layout line into words, remembering where columns break: a run of two or more
 * spaces, or a table border that OCR read as {@code | [ ]} or a run of underscores/dashes.
 * Dates that contain spaces ("20 Apr 2025") stay one word.
 */
final class LineTokens {

    private static final Pattern BORDER = Pattern.compile("[|¦\\[\\]{}│┃]|[_—–=~]{2,}|-{3,}|\\+(?=[-=+])|(?<=[-=])\\+|(?<=\\s)[—–_]+(?=\\s|$)");
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** "21/14/2025": a date OCR garbled past reading, still shaped like one. */
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}");
    private static final Pattern GLUED_TIME = Pattern.compile("(?<![\\d/.-])(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4})(\\d{1,2}[:.]\\d{2})(?!\\d)");
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?");
    /** "6X": a whole count with a one-character times sign glued after it. */
    private static final Pattern GLUED_COUNT = Pattern.compile("(\\d{1,3})(\\D)");
    private static final Set<String> TIMES_SIGNS = Set.copyOf(Lexicons.shared("times-signs"));

    private LineTokens() {
    }

    /** Whether a word is shaped like a numeric date, read or not ("21/14/2025"). */
    static boolean isDateShaped(String text) {
        return DATE_LIKE.matcher(text).matches();
    }

    /** Whether a word is a time of day as a clock prints it ("10:56", "11:42:05"). */
    static boolean isTimeOfDay(String text) {
        return TIME.matcher(text).matches();
    }

    /** The word tokens of a line, each followed by a space (numbers, dates and the like left out): a label. */
    static String words(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (t.kind() == TokenKind.WORD) {
                sb.append(t.text()).append(' ');
            }
        }
        return sb.toString();
    }

    /** The line's tokens; within an extraction, worked out once per line ({@link LineMemo}). */
    static List<Token> tokenize(String printed) {
        return LineMemo.tokens(printed, LineTokens::split);
    }

    private static List<Token> split(String printed) {
        // "22/11/202507:15": a date OCR ran into the time printed after it is two words
        String line = GLUED_TIME.matcher(expandTabs(printed)).replaceAll("$1 $2");
        String clean = BORDER.matcher(line).replaceAll(m -> "\u0000".repeat(m.group().length()));
        List<DateReader.Found> dates = DateReader.findAll(clean.replace('\u0000', ' '));
        String spaced = clean.replace('\u0000', ' ');
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(spaced);
        int pos = 0;
        int previousEnd = -1;
        while (pos < spaced.length() && m.find(pos)) {
            int start = m.start();
            DateReader.Found date = firstDateIn(dates, start, m.end());
            int end = date == null ? m.end() : date.start() == start ? date.end() : date.start();
            boolean isDate = date != null && date.start() == start;
            String text = spaced.substring(start, end);
            boolean cellStart = previousEnd < 0 || start - previousEnd >= 2
                    || clean.substring(previousEnd, start).indexOf('\u0000') >= 0
                    || startsAfterSpeck(tokens);
            boolean time = !tokens.isEmpty() && (tokens.getLast().kind() == TokenKind.DATE || tokens.getLast().kind() == TokenKind.STAMP)
                    && TIME.matcher(text).matches();
            // "21/11/2025 10:56": the time printed after a date is no figure of the row
            TokenKind kind = isDate ? TokenKind.DATE : time || DATE_LIKE.matcher(text).matches() ? TokenKind.STAMP : kindOf(text);
            tokens.add(new Token(text, start, end, cellStart, kind));
            previousEnd = end;
            pos = end;
        }
        return joinThinSpaces(splitGluedCounts(tokens));
    }

    /**
     * "6X  400  2400.00" under "Qty  Rate  Amount": a count printed with its times sign glued on is
     * the count and the sign, the sign then joining the count to the rate as in "1180.00 x 1.00".
     */
    private static List<Token> splitGluedCounts(List<Token> tokens) {
        List<Token> split = new ArrayList<>(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            Matcher count = GLUED_COUNT.matcher(t.text());
            boolean beforeFigure = k + 1 < tokens.size() && tokens.get(k + 1).kind() == TokenKind.NUMBER;
            if (beforeFigure && t.kind() == TokenKind.WORD && count.matches() && TIMES_SIGNS.contains(count.group(2))) {
                int signAt = t.start() + count.group(1).length();
                split.add(new Token(count.group(1), t.start(), signAt, t.cellStart(), TokenKind.NUMBER));
                split.add(new Token(count.group(2), signAt, t.end(), false, TokenKind.WORD));
            } else {
                split.add(t);
            }
        }
        return split;
    }

    /**
     * "1 250.00" in a laid-out line is one amount printed with a thin space for the thousands
     * separator: a group of one to three digits followed, one space on, by exactly three digits
     * and paise. Only where columns are otherwise kept apart by wider gaps.
     */
    private static List<Token> joinThinSpaces(List<Token> tokens) {
        if (tokens.stream().skip(1).noneMatch(Token::cellStart)) {
            return tokens;
        }
        List<Token> joined = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            Token last = joined.isEmpty() ? null : joined.getLast();
            boolean startsCell = last != null && (joined.size() == 1 || last.cellStart()
                    || NumberReader.isCurrencyWord(joined.get(joined.size() - 2).text()));
            boolean oneSpace = last != null && !t.cellStart() && t.start() - last.end() == 1 && startsCell;
            boolean endsCell = k + 1 == tokens.size() || tokens.get(k + 1).cellStart();
            String glue = oneSpace ? glue(last.text(), t.text(), endsCell) : null;
            if (glue != null && NumberReader.isNumber(last.text() + glue + t.text())) {
                joined.set(joined.size() - 1, new Token(last.text() + glue + t.text(), last.start(), t.end(), last.cellStart(),
                        TokenKind.NUMBER));
            } else {
                joined.add(t);
            }
        }
        return joined;
    }

    /**
     * What stood between two parts of one amount split by a single space: a thousands separator
     * ("1 250.00"), nothing ("486 .60" or "#486 .00", a speck before the point; "2,209, 763.00", a space after the
     * separator), or the point itself ("480 00",
     * the point lost); null when they are two numbers.
     */
    private static String glue(String left, String right, boolean rightEndsCell) {
        if (left.matches("\\d{1,3}") && right.matches("\\d{3}(,\\d{3})*[.,]\\d{2}")) {
            return ",";
        }
        if (left.matches("[^\\d\\s.]?[\\d,]*\\d") && right.matches("[.,]\\d{2}")) {
            // also behind a sign OCR read as a glyph ("#486 .00"): the joined text is still read as one figure or not at all
            return "";
        }
        if (left.matches("\\d{1,3}(,\\d{2,3})*,") && right.matches("\\d{3}[.,]\\d{2}")) {
            // "2,09, 763.00": no figure ends in a thousands separator, so OCR's space after it is inside the amount
            return "";
        }
        boolean grouped = left.matches("\\d[\\d,]*") || left.matches("\\d{1,3}(?:\\.\\d{2,3})*\\.\\d{3}");
        if (grouped && right.matches("\\d{2}[°º'`]?") && rightEndsCell && left.length() >= 2) {
            // "2.375 00": points for the thousands, then the decimal point lost too
            return ".";
        }
        return null;
    }

    /** "= Jun-27": a lone mark OCR put at a cell's start leaves the word after it starting that cell. */
    private static boolean startsAfterSpeck(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.getLast();
        return last.cellStart() && tokens.size() > 1 && last.text().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** Tabs to the next multiple of eight columns, as a terminal shows them: a tab always breaks a column. */
    private static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c == '\t') {
                do {
                    sb.append(' ');
                } while (sb.length() % 8 != 0 || sb.charAt(sb.length() - 2) != ' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Punctuation around a token, compiled once: every token of every line is classified. */
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[=:;,'\"`*~({\\[-]+|[=:;,'\"`*~)}\\].]+$");

    static TokenKind kindOf(String printed) {
        String word = EDGE_PUNCTUATION.matcher(printed).replaceAll("");
        if (DateReader.isPartial(word)) {
            return TokenKind.PARTIAL_DATE;
        }
        if (DateReader.isExpiry(word) || DateReader.isExpiry(word.replace('O', '0').replace('o', '0'))) {
            return TokenKind.EXPIRY;
        }
        return NumberReader.isNumber(printed) ? TokenKind.NUMBER : TokenKind.WORD;
    }

    private static DateReader.Found firstDateIn(List<DateReader.Found> dates, int start, int end) {
        for (DateReader.Found d : dates) {
            if (d.start() >= start && d.start() < end) {
                return d;
            }
        }
        return null;
    }
}

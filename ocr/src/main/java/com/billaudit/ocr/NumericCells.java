package com.billaudit.ocr;

import com.billaudit.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the doubtful cells of a page's numeric columns for a second, digits-only reading.
 * A numeric column is a stack of at least {@link #MIN_COLUMN} plain numbers whose right edges
 * line up (amounts, rates, quantities). In a table row, the words inside such a column's span
 * form a cell; the cell is doubtful when it was read as more than one word ("7 30"), as
 * something that is not a number but looks like one ("1 S15", "aL" for 1, "2O0"), with low
 * confidence, or without the decimal point that nearly every other number in its column has
 * ("2375" among "23.75"-like amounts).
 */
final class NumericCells {

    /** A plain number: digits, optional thousands commas, optional decimals. */
    static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(\\.\\d+)?");
    /** Ends like a currency amount with paise. */
    private static final Pattern DECIMALS = Pattern.compile(".*\\.\\d\\d");
    /** Currency marks (and Tesseract's readings of the rupee sign) before an amount: not misread digits. */
    private static final Pattern CURRENCY_PREFIX = Pattern.compile("(?:" + Lexicons.alternation(OcrLexicon.of("currency-prefix")) + ")+");
    /** Dates and ranges, not amounts. */
    private static final Pattern NOT_A_NUMBER = Pattern.compile("[-/]");
    /** A strength or pack size ("40MG", "5 ml", "1 G"): a quantity with units, read as it should be. */
    private static final Pattern UNIT = Pattern.compile("(?i)\\d*(" + Lexicons.alternation(OcrLexicon.of("numeric-unit")) + ")");
    /** Characters Tesseract reads digits as on poor scans. */
    private static final String DIGIT_LOOKALIKES = OcrLexicon.characters("digit-lookalike");
    /** Numbers needed to call a stack of them a column. */
    static final int MIN_COLUMN = 4;
    /** Right edges within this many character widths line up. */
    private static final double ALIGN = 1.5;
    /** Words of one cell lie at most this many character widths apart ("7 30"); wider gaps part two columns. */
    private static final double SPLIT_GAP = 1.2;
    /** Numbers in a column with paise at least this often should all have them. */
    private static final double DECIMAL_SHARE = 0.8;
    /** A short scrap read with less confidence than this, where a number belongs, is doubtful. */
    static final double LOW_CONFIDENCE = 0.7;
    /** At most this many cells are read again on one page: a bound on the extra time. */
    static final int MAX_CELLS = 40;

    /** A doubtful cell: its words on the page and whether its column expects a decimal point. */
    record Cell(List<Word> words, boolean needsPoint) {

        double left() {
            return words.stream().mapToDouble(Word::left).min().orElse(0);
        }

        double right() {
            return words.stream().mapToDouble(Word::right).max().orElse(0);
        }

        double top() {
            return words.stream().mapToDouble(Word::top).min().orElse(0);
        }

        double bottom() {
            return words.stream().mapToDouble(Word::bottom).max().orElse(0);
        }

        String text() {
            return String.join("", words.stream().map(Word::text).toList());
        }
    }

    /** A column of numbers: the horizontal span its cells occupy. */
    record Column(double left, double right, boolean decimals) {
    }

    private NumericCells() {
    }

    /** The doubtful cells of the page's rows (as {@link LayoutLines#rows} groups them), at most {@link #MAX_CELLS}. */
    static List<Cell> doubtful(List<List<Word>> rows) {
        List<Word> numbers = new ArrayList<>();
        double widths = 0;
        int chars = 0;
        for (List<Word> row : rows) {
            for (Word word : row) {
                if (NUMBER.matcher(word.text()).matches()) {
                    numbers.add(word);
                    widths += word.width();
                    chars += word.text().length();
                }
            }
        }
        if (numbers.size() < MIN_COLUMN || chars == 0) {
            return List.of();
        }
        double charWidth = widths / chars;
        List<Column> columns = columns(numbers, ALIGN * charWidth);
        List<Cell> cells = new ArrayList<>();
        for (List<Word> row : rows) {
            for (Column column : columns) {
                List<Word> inside = new ArrayList<>();
                for (Word word : row) {
                    double center = (word.left() + word.right()) / 2;
                    if (center >= column.left() - charWidth && center <= column.right() + charWidth) {
                        inside.add(word);
                    }
                }
                if (inside.isEmpty() || !hasOtherNumber(row, inside) || !adjoining(inside, SPLIT_GAP * charWidth)) {
                    continue;
                }
                Cell cell = new Cell(inside, column.decimals());
                if (isDoubtful(cell) && cells.size() < MAX_CELLS) {
                    cells.add(cell);
                }
            }
        }
        return cells;
    }

    /** Groups numbers whose right edges line up; keeps groups of at least {@link #MIN_COLUMN}. */
    static List<Column> columns(List<Word> numbers, double tolerance) {
        List<Word> byRight = new ArrayList<>(numbers);
        byRight.sort(Comparator.comparingDouble(Word::right));
        List<Column> columns = new ArrayList<>();
        List<Word> group = new ArrayList<>();
        for (Word word : byRight) {
            if (!group.isEmpty() && word.right() - group.getLast().right() > tolerance) {
                addColumn(columns, group);
                group = new ArrayList<>();
            }
            group.add(word);
        }
        addColumn(columns, group);
        return columns;
    }

    private static void addColumn(List<Column> columns, List<Word> group) {
        if (group.size() < MIN_COLUMN) {
            return;
        }
        double left = group.stream().mapToDouble(Word::left).min().orElse(0);
        double right = group.stream().mapToDouble(Word::right).max().orElse(0);
        long withDecimals = group.stream().filter(word -> DECIMALS.matcher(word.text()).matches()).count();
        columns.add(new Column(left, right, withDecimals >= DECIMAL_SHARE * group.size()));
    }

    /** Whether words (left to right) are close enough to be one cell split by a misread gap, not two cells. */
    private static boolean adjoining(List<Word> words, double maxGap) {
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).left() - words.get(i - 1).right() > maxGap) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasOtherNumber(List<Word> row, List<Word> inside) {
        for (Word word : row) {
            if (!inside.contains(word) && NUMBER.matcher(word.text()).matches()) {
                return true;
            }
        }
        return false;
    }

    static boolean isDoubtful(Cell cell) {
        String text = cell.text();
        String first = cell.words().getFirst().text();
        if (CURRENCY_PREFIX.matcher(first).matches() || startsWithCurrency(text)) {
            // "₹ 320.00" read as "% 320.00": the mark is no digit, and a digits-only reading would make it one.
            return false;
        }
        if (NUMBER.matcher(text).matches()) {
            // Split ("7 30"), or its column's decimal point lost ("135" for 1.35). A whole number
            // merely read with low confidence is mostly read the same again: not worth the time.
            return cell.words().size() > 1 || cell.needsPoint() && !text.contains(".") && text.length() >= 3;
        }
        if (text.length() > 12 || NOT_A_NUMBER.matcher(text).find()
                || cell.words().stream().anyMatch(word -> UNIT.matcher(word.text()).matches())) {
            return false;
        }
        long lookalikes = text.chars().filter(c -> DIGIT_LOOKALIKES.indexOf(c) >= 0).count();
        boolean hasDigit = text.chars().anyMatch(Character::isDigit);
        double confidence = cell.words().stream().mapToDouble(Word::confidence).min().orElse(1);
        // Mostly digits and their lookalikes, or a short low-confidence scrap where a number belongs.
        return hasDigit && lookalikes * 2 >= text.length() + 1
                || text.length() <= 3 && confidence < LOW_CONFIDENCE;
    }

    private static boolean startsWithCurrency(String text) {
        for (int end = 1; end < text.length(); end++) {
            if (CURRENCY_PREFIX.matcher(text.substring(0, end)).matches() && NUMBER.matcher(text.substring(end)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a digits-only reading of a cell should replace the first one: it must be a plain
     * number, keep the decimal point its column expects, and not be less sure than a first
     * reading that was already a number.
     */
    static boolean accept(Cell cell, String reread, double confidence) {
        if (!NUMBER.matcher(reread).matches()) {
            return false;
        }
        if (cell.needsPoint() && !reread.contains(".")) {
            return false;
        }
        String first = cell.text();
        if (NUMBER.matcher(first).matches() && cell.words().size() == 1) {
            return !first.equals(reread) && confidence > cell.words().getFirst().confidence();
        }
        // The digits the first reading did see must all be kept ("S15" may become 315, "23)" not 2).
        return confidence >= MIN_REREAD_CONFIDENCE && isSubsequence(first.replaceAll("\\D", ""), reread);
    }

    private static boolean isSubsequence(String digits, String text) {
        int at = 0;
        for (int i = 0; i < text.length() && at < digits.length(); i++) {
            if (text.charAt(i) == digits.charAt(at)) {
                at++;
            }
        }
        return at == digits.length();
    }

    /** A digits-only reading of a cell that was no number is taken only when Tesseract is this sure of it. */
    static final double MIN_REREAD_CONFIDENCE = 0.5;
}

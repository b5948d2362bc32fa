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
 * confidence, without the decimal point that nearly every other number in its column has
 * ("2375" among "23.75"-like amounts), with that point read as a dash ("762-48"), or as such an
 * amount read unsure.
 */
final class NumericCells {

    /** A plain number: digits, optional thousands commas, optional decimals. */
    static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(\\.\\d+)?");
    /** Ends like a currency amount with paise. */
    private static final Pattern DECIMALS = Pattern.compile(".*\\.\\d\\d");
    /** Currency marks (and Tesseract's readings of the rupee sign) before an amount: not misread digits. */
    private static final Pattern CURRENCY_PREFIX = Pattern.compile("(?:" + Lexicons.alternation(OcrLexicon.of("currency-prefix")) + ")+");
    /** An amount whose decimal point was read as a dash ("762-48" for 262.48): a misread figure, not a range. */
    private static final Pattern POINT_AS_DASH = Pattern.compile("\\d[\\d,]*-\\d\\d");
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
    /**
     * An amount with paise read with less confidence than this is doubtful: where a row prints its
     * figures half a line above or below its words, Tesseract reads them against the wrong baseline
     * (206.25 as "596.95" at 0.53, 1,406.25 as "406.25" at 0.71) and a cell read alone comes out right.
     */
    static final double UNSURE_AMOUNT = 0.75;
    /** The longest scrap read unsure where an amount with paise belongs that is read again ("rey gg"). */
    private static final int MONEY_SCRAP = 8;
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
    record Column(double left, double right, boolean decimals, double amountsLeft) {
    }

    private NumericCells() {
    }

    /**
     * One word OCR read across two neighbouring money columns ("233135313" for "253.13  253.13"): the
     * two parts, one per column, each to be read alone.
     */
    record Straddle(Word word, List<Cell> parts) {
    }

    /** The page's numeric columns and the width of one character in them. */
    private record Grid(List<Column> columns, double charWidth) {
    }

    /** The doubtful cells of the page's rows (as {@link LayoutLines#rows} groups them), at most {@link #MAX_CELLS}. */
    static List<Cell> doubtful(List<List<Word>> rows) {
        Grid grid = grid(rows);
        if (grid == null) {
            return List.of();
        }
        List<Column> columns = grid.columns();
        double charWidth = grid.charWidth();
        List<Cell> cells = new ArrayList<>();
        List<Cell> unsure = new ArrayList<>();
        for (List<Word> row : rows) {
            for (Column column : columns) {
                List<Word> inside = new ArrayList<>();
                for (Word word : row) {
                    if (within(word, column, charWidth)) {
                        inside.add(word);
                    }
                }
                if (inside.isEmpty() || !hasOtherFigure(row, inside, column) || !adjoining(inside, SPLIT_GAP * charWidth)) {
                    continue;
                }
                Cell cell = new Cell(inside, column.decimals());
                if (isDoubtful(cell)) {
                    cells.add(cell);
                } else if (isUnsureAmount(cell) && !agreesWithRow(row, cell)) {
                    unsure.add(cell);
                }
            }
        }
        // a misread cell goes first; an amount merely read unsure takes what the bound leaves
        cells.addAll(unsure);
        return cells.size() > MAX_CELLS ? List.copyOf(cells.subList(0, MAX_CELLS)) : cells;
    }

    /**
     * Words with digits that reach from one money column across the gap to where the next one's
     * amounts begin, on a table row: Tesseract ran the two printings of a row's amount into one word.
     * Each is cut at the middle of the gap between the columns, at most {@link #MAX_CELLS} a page.
     */
    static List<Straddle> straddling(List<List<Word>> rows) {
        Grid grid = grid(rows);
        if (grid == null) {
            return List.of();
        }
        List<Straddle> out = new ArrayList<>();
        for (List<Word> row : rows) {
            for (Word word : row) {
                if (out.size() >= MAX_CELLS || word.text().chars().noneMatch(Character::isDigit)) {
                    continue;
                }
                for (int i = 1; i < grid.columns().size(); i++) {
                    Column before = grid.columns().get(i - 1);
                    Column after = grid.columns().get(i);
                    if (before.decimals() && after.decimals() && before.right() < after.amountsLeft()
                            && word.left() < before.right() && word.right() > after.amountsLeft()
                            && hasOtherFigure(row, List.of(word), before)) {
                        double cut = (before.right() + after.amountsLeft()) / 2;
                        out.add(new Straddle(word, List.of(
                                new Cell(List.of(new Word(word.text(), word.left(), cut, word.top(), word.bottom(), word.confidence())), true),
                                new Cell(List.of(new Word(word.text(), cut, word.right(), word.top(), word.bottom(), word.confidence())), true))));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * A part of a straddling word read alone is taken when it is a plain amount with its column's
     * point, read surely enough; a part that is not ("77782999" reaching into the next column's
     * blank) is dropped with the garbled word.
     */
    static boolean acceptPart(String reread, double confidence) {
        return NUMBER.matcher(reread).matches() && reread.contains(".") && confidence >= MIN_REREAD_CONFIDENCE;
    }

    private static boolean within(Word word, Column column, double charWidth) {
        double center = (word.left() + word.right()) / 2;
        return center >= column.left() - charWidth && center <= column.right() + charWidth;
    }

    /** The page's numeric columns, or null when it has too few numbers for any. */
    private static Grid grid(List<List<Word>> rows) {
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
            return null;
        }
        double charWidth = widths / chars;
        return new Grid(columns(numbers, ALIGN * charWidth), charWidth);
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
        List<Word> withDecimals = group.stream().filter(word -> DECIMALS.matcher(word.text()).matches()).toList();
        boolean decimals = withDecimals.size() >= DECIMAL_SHARE * group.size();
        double left = group.stream().mapToDouble(Word::left).min().orElse(0);
        double right = group.stream().mapToDouble(Word::right).max().orElse(0);
        // where its amounts with paise begin: digits run together from the column beside ("233135313"
        // ending where the amounts end) widen the column but are no amount of it
        double amountsLeft = decimals ? withDecimals.stream().mapToDouble(Word::left).min().orElse(left) : left;
        columns.add(new Column(left, right, decimals, amountsLeft));
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

    /**
     * Whether the row is a table row: another number in it, or, for a money column, any other figure
     * (a date, "3NO"): a row printing its amounts half a line off its words keeps only those beside them.
     */
    private static boolean hasOtherFigure(List<Word> row, List<Word> inside, Column column) {
        for (Word word : row) {
            if (!inside.contains(word) && (NUMBER.matcher(word.text()).matches()
                    || column.decimals() && word.text().chars().anyMatch(Character::isDigit))) {
                return true;
            }
        }
        return false;
    }

    /** An amount with its column's paise, one word read with less confidence than {@link #UNSURE_AMOUNT}. */
    static boolean isUnsureAmount(Cell cell) {
        return cell.needsPoint() && cell.words().size() == 1 && DECIMALS.matcher(cell.text()).matches()
                && NUMBER.matcher(cell.text()).matches() && cell.words().getFirst().confidence() < UNSURE_AMOUNT;
    }

    /**
     * Whether the cell's figure as read agrees with two other numbers of its row, as quantity times
     * rate makes amount ("11.0  500.00  5,500.00"): the row's own arithmetic vouches for the
     * reading, and a re-read of an unsure glyph ("300.00") would only break it.
     */
    static boolean agreesWithRow(List<Word> row, Cell cell) {
        double value = amount(cell.text());
        List<Double> others = new ArrayList<>();
        for (Word word : row) {
            if (!cell.words().contains(word) && NUMBER.matcher(word.text()).matches()) {
                double other = amount(word.text());
                if (other != 0) {
                    others.add(other);
                }
            }
        }
        if (value == 0) {
            return false;
        }
        for (int i = 0; i < others.size(); i++) {
            for (int j = 0; j < others.size(); j++) {
                if (i != j && (agree(others.get(i) * others.get(j), value) || agree(value * others.get(i), others.get(j)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean agree(double a, double b) {
        return Math.abs(a - b) < 0.005;
    }

    private static double amount(String number) {
        return Double.parseDouble(number.replace(",", ""));
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
        if (cell.needsPoint() && POINT_AS_DASH.matcher(text).matches()) {
            return true;
        }
        if (text.length() > 12 || NOT_A_NUMBER.matcher(text).find()
                || cell.words().stream().anyMatch(word -> UNIT.matcher(word.text()).matches())) {
            return false;
        }
        long lookalikes = text.chars().filter(c -> DIGIT_LOOKALIKES.indexOf(c) >= 0).count();
        boolean hasDigit = text.chars().anyMatch(Character::isDigit);
        double confidence = cell.words().stream().mapToDouble(Word::confidence).min().orElse(1);
        // Mostly digits and their lookalikes, or a short low-confidence scrap where a number belongs
        // (in a money column a little longer: "rey gg" for 181.88).
        return hasDigit && lookalikes * 2 >= text.length() + 1
                || text.length() <= (cell.needsPoint() ? MONEY_SCRAP : 3) && confidence < LOW_CONFIDENCE;
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
            // an amount first read with its paise keeps every digit seen ("20000.00" is not 2000.00);
            // one read without its point may have read the point as a digit ("23435" for 23.75)
            return !first.equals(reread) && confidence > cell.words().getFirst().confidence()
                    && (!DECIMALS.matcher(first).matches()
                    || reread.replaceAll("\\D", "").length() >= first.replaceAll("\\D", "").length());
        }
        // The digits the first reading did see must all be kept ("S15" may become 315, "23)" not 2),
        // or as many digits read again, each better ("999 99" read alone as 272.79): the same glyphs, not fewer or more.
        String seen = first.replaceAll("\\D", "");
        return confidence >= MIN_REREAD_CONFIDENCE
                && (isSubsequence(seen, reread) || seen.length() == reread.replaceAll("\\D", "").length());
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

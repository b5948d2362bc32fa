package com.billaudit.extraction;

import com.billaudit.domain.PlacedWord;
import com.billaudit.domain.TextLine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a table's numeric columns stand on the page, in the page's own units, learnt from the
 * words' boxes rather than from character offsets. Padded text places a word at a column
 * proportional to its left edge, so in a proportional font a right-aligned amount column ends at
 * different offsets row by row ("1,250.00" against "50.00"), and a title centred over its column
 * starts offsets away from the figures under it. The boxes keep what the offsets lose.
 *
 * <p>A column's band starts from its title's box and is widened by the figures the table's full
 * rows print under it: a row whose last cells are exactly one figure per trailing numeric column
 * leaves no doubt which figure is whose, and printed columns align their figures (right edges for
 * amounts, left edges or centres elsewhere). A row with a blank cell is then placed by
 * {@link #place}: each figure under the band it stands nearest to, by its left edge, right edge or
 * centre, whichever is nearest, as {@link ColumnPlacement} does with offsets.
 */
final class ColumnBands {

    /** Full rows the page must print before its figures are believed to show where the columns stand. */
    private static final int FULL_ROWS = 2;
    /** What may differ between a token and the words under it: the glue {@link LineTokens} puts into a split amount. */
    private static final String GLUE = " ,.";

    /** Where one column's cells stand: the medians of their left edges, right edges and centres. */
    record Band(double left, double right, double center) {

        double distance(Box box) {
            return Math.min(Math.abs(box.right() - right), Math.min(Math.abs(box.left() - left), Math.abs(box.center() - center)));
        }
    }

    /** A token's horizontal extent on the page. */
    record Box(double left, double right) {

        double center() {
            return (left + right) / 2;
        }
    }

    private final TableHeader header;
    private final TextLine headerLine;
    private final List<TextLine> lines;
    private final int from;
    /** Measured on the first row that needs them: most rows fill every cell and are placed without. */
    private Map<Column, Band> bands;
    private boolean measured;
    /** The page's money columns that print a sign at their left edge, measured on the first figure read. */
    private SignColumns signs;
    /** The rows both measurements learn from, found on the first that needs them. */
    private List<FullRow> fullRows;

    private ColumnBands(TableHeader header, TextLine headerLine, List<TextLine> lines, int from) {
        this.header = header;
        this.headerLine = headerLine;
        this.lines = lines;
        this.from = from;
    }

    /**
     * The bands of {@code header}'s numeric columns on one page, measured from the table's rows:
     * the lines from {@code from} up to the next header on the page.
     *
     * @param headerLine the line the header was read from, or null when the header was printed on an earlier page
     */
    static ColumnBands of(TableHeader header, TextLine headerLine, List<TextLine> lines, int from) {
        return new ColumnBands(header, headerLine, lines, from);
    }

    /**
     * Whether the page's words show where every numeric column stands; not when its lines have no
     * boxes (lines made up after reading), a title has no words under it and no full row shows
     * its column, or fewer than {@link #FULL_ROWS} rows are full.
     */
    boolean shown() {
        if (!measured) {
            bands = measure();
            measured = true;
        }
        return bands != null;
    }

    private Map<Column, Band> measure() {
        List<Column> numeric = header.trailing().stream().filter(c -> c.role().numeric()).toList();
        List<Column> suffix = numericSuffix(header.trailing());
        if (numeric.isEmpty() || suffix.isEmpty()) {
            return null;
        }
        Map<Column, List<Box>> cells = new HashMap<>();
        List<FullRow> full = fullRows();
        for (FullRow row : full) {
            for (int k = 0; k < suffix.size(); k++) {
                cells.computeIfAbsent(suffix.get(k), c -> new ArrayList<>()).add(box(row.line(), row.figures().get(k)));
            }
        }
        if (full.size() < FULL_ROWS) {
            return null;
        }
        Map<Column, Band> measured = new HashMap<>();
        for (Column column : numeric) {
            List<Box> under = cells.get(column);
            Box title = headerLine == null ? null : titleBox(headerLine, column);
            if (under != null) {
                measured.put(column, median(under));
            } else if (title != null) {
                measured.put(column, new Band(title.left(), title.right(), title.center()));
            } else {
                return null;
            }
        }
        return measured;
    }

    /**
     * The order-preserving placement of a row's figures under {@code columns}, each nearest the
     * band it stands under; null when a figure's box or a column's band is unknown, and the
     * caller places by offsets.
     */
    int[] place(TextLine line, List<Token> figures, List<Column> columns) {
        if (!line.placed() || !shown()) {
            return null;
        }
        List<Box> boxes = new ArrayList<>(figures.size());
        for (Token figure : figures) {
            Box box = box(line, figure);
            if (box == null) {
                return null;
            }
            boxes.add(box);
        }
        if (columns.stream().anyMatch(c -> !bands.containsKey(c))) {
            return null;
        }
        return ColumnPlacement.best(figures.size(), columns.size(), (k, c) -> bands.get(columns.get(c)).distance(boxes.get(k)));
    }

    /** The bands as one line's figures are placed under them. */
    Row on(TextLine line) {
        return new Row(this, line);
    }

    /** The page's bands and one line whose words they place. */
    record Row(ColumnBands bands, TextLine line) {

        /** @see ColumnBands#place */
        int[] place(List<Token> figures, List<Column> columns) {
            return bands.place(line, figures, columns);
        }

        /** @see ColumnBands#signRead */
        Optional<PrintedNumber> signRead(Token figure) {
            return bands.signRead(line, figure);
        }
    }

    /**
     * The figure a scanned cell prints when it stands in a column that prints a currency sign at
     * its left edge and its box says where that sign is ({@link SignColumns}); empty otherwise, and
     * the cell is read from its text alone.
     */
    Optional<PrintedNumber> signRead(TextLine line, Token figure) {
        if (!line.placed() || !OcrRepairs.mayReread(line.confidence())) {
            return Optional.empty();
        }
        if (signs == null) {
            signs = measureSigns();
        }
        Box box = signs.any() ? box(line, figure) : null;
        return box == null ? Optional.empty() : signs.read(new SignColumns.Cell(figure.text(), box.left(), box.right(), height(line)));
    }

    /** The trailing numeric columns' cells on the page's full scanned rows, column by column. */
    private SignColumns measureSigns() {
        List<Column> suffix = signSuffix(header.trailing());
        List<List<SignColumns.Cell>> columns = new ArrayList<>();
        suffix.forEach(c -> columns.add(new ArrayList<>()));
        for (FullRow row : suffix.size() == numericSuffix(header.trailing()).size() ? fullRows() : fullRows(suffix)) {
            TextLine line = row.line();
            if (!OcrRepairs.mayReread(line.confidence())) {
                continue;
            }
            for (int k = 0; k < suffix.size(); k++) {
                Box box = box(line, row.figures().get(k));
                columns.get(k).add(new SignColumns.Cell(row.figures().get(k).text(), box.left(), box.right(), height(line)));
            }
        }
        return SignColumns.of(columns);
    }

    /** A row of the table printing exactly one figure in each trailing numeric column ({@link #lastFigureTokens}). */
    private record FullRow(TextLine line, List<Token> figures) {
    }

    /**
     * The table's full rows under its trailing numeric columns, from {@code from} to the next header on the page:
     * found once, for both the bands and the sign columns, which measure the same rows. None without such columns.
     */
    private List<FullRow> fullRows() {
        if (fullRows == null) {
            fullRows = fullRows(numericSuffix(header.trailing()));
        }
        return fullRows;
    }

    /** The table's rows printing one figure in each of the {@code suffix} columns that end them. */
    private List<FullRow> fullRows(List<Column> suffix) {
        List<FullRow> rows = new ArrayList<>();
        for (int i = from; !suffix.isEmpty() && i < lines.size() && HeaderReader.read(lines.get(i).text()).isEmpty(); i++) {
            List<Token> figures = lastFigureTokens(lines.get(i), suffix.size());
            if (figures != null) {
                rows.add(new FullRow(lines.get(i), figures));
            }
        }
        return rows;
    }

    /** Where a line stands down the page: the median of its words' middles. */
    private static double height(TextLine line) {
        return Median.of(line.words().stream().mapToDouble(w -> (w.top() + w.bottom()) / 2).toArray());
    }

    /**
     * The trailing columns that may print a currency sign before their figures: the numeric ones,
     * and those whose title OCR garbled ("Raw" for Rate) among them, since the sign is looked for
     * in the cells, which must each be a figure, and not in the title.
     */
    private static List<Column> signSuffix(List<Column> trailing) {
        int from = trailing.size();
        while (from > 0 && (trailing.get(from - 1).role().numeric() || trailing.get(from - 1).role() == ColumnRole.UNKNOWN)) {
            from--;
        }
        return trailing.subList(from, trailing.size());
    }

    /** The trailing columns after the last non-numeric one: their cells end the row, one figure each. */
    private static List<Column> numericSuffix(List<Column> trailing) {
        int from = trailing.size();
        while (from > 0 && trailing.get(from - 1).role().numeric()) {
            from--;
        }
        return trailing.subList(from, trailing.size());
    }

    /**
     * The row's last {@code count} tokens when each is a figure in a cell of its own, with a box, and no figure
     * stands before them (then the row prints more figures than the header has columns and says nothing
     * certain); null otherwise.
     */
    private static List<Token> lastFigureTokens(TextLine row, int count) {
        if (!row.placed()) {
            return null;
        }
        List<Token> tokens = LineTokens.tokenize(row.text());
        if (tokens.size() <= count) {
            // a row is a description, then its figures
            return null;
        }
        List<Token> cells = tokens.subList(tokens.size() - count, tokens.size());
        for (Token cell : cells) {
            if (cell.kind() != TokenKind.NUMBER || !cell.cellStart() || box(row, cell) == null) {
                return null;
            }
        }
        return tokens.get(tokens.size() - count - 1).kind() == TokenKind.NUMBER ? null : List.copyOf(cells);
    }

    /** The extent of the title's words on the header line, or null when none stands within its span. */
    private static Box titleBox(TextLine headerLine, Column column) {
        List<PlacedWord> words = headerLine.wordsWithin(column.start(), column.end());
        if (words.isEmpty()) {
            return null;
        }
        return new Box(words.getFirst().left(), words.getLast().right());
    }

    /**
     * Where a token stands: the extent of the words it spans, or its share of the one word it is
     * part of ("|500.00", a border read into the word); null when the token's offsets do not match
     * the words (the line was re-spaced before tokenising).
     */
    static Box box(TextLine line, Token token) {
        if (!line.placed() || token.end() > line.text().length()
                || !sameUnglued(line.text().substring(token.start(), token.end()), token.text())) {
            return null;
        }
        List<PlacedWord> spanned = line.wordsWithin(token.start(), token.end());
        if (!spanned.isEmpty()) {
            boolean whole = spanned.getFirst().offset() == token.start() && spanned.getLast().end() == token.end();
            return whole ? new Box(spanned.getFirst().left(), spanned.getLast().right()) : null;
        }
        for (PlacedWord word : line.words()) {
            if (word.offset() <= token.start() && token.end() <= word.end()) {
                double perChar = word.width() / word.text().length();
                return new Box(word.left() + perChar * (token.start() - word.offset()),
                        word.left() + perChar * (token.end() - word.offset()));
            }
        }
        return null;
    }

    /** Whether two spellings are the same figure but for the glue between its parts. */
    private static boolean sameUnglued(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && GLUE.indexOf(a.charAt(i)) >= 0) {
                i++;
            }
            while (j < b.length() && GLUE.indexOf(b.charAt(j)) >= 0) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            if (a.charAt(i++) != b.charAt(j++)) {
                return false;
            }
        }
    }

    private static Band median(List<Box> boxes) {
        return new Band(Median.of(boxes.stream().mapToDouble(Box::left).toArray()),
                Median.of(boxes.stream().mapToDouble(Box::right).toArray()),
                Median.of(boxes.stream().mapToDouble(Box::center).toArray()));
    }
}

package com.billaudit.extraction;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentText;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.billaudit.extraction.Fixtures.assertItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scanned pharmacy page whose Rate and Amount columns print ₹ before every figure, left-aligned,
 * as OCR reads it: the sign as a glyph (£ ¥ ¢ #), as a digit ("2486.00" for ₹486.00), or not at all.
 * Geometry in (word boxes of a skewed 300-ppi scan), rows out.
 */
class SignColumnsTest {

    private final LineItemExtractor extractor = new LineItemExtractor();

    /** A digit's box and a point's, in pixels. */
    private static final double GLYPH = 30;
    private static final double POINT = 12;
    /** Where the Rate and Amount columns' left edges stand at the page's top; the scan is skewed. */
    private static final double RATE_EDGE = 1200;
    private static final double AMOUNT_EDGE = 1600;
    private static final double SKEW = 0.02;

    /**
     * Rows whose two figures both lost their sign to a digit ("2486.00 ... 2972.00") cannot be
     * mended by the row's arithmetic (dropping one first digit leaves the other wrong); the boxes
     * say both first digits are the sign.
     */
    @Test
    void aSignReadAsADigitAtALeftAlignedSignColumnsEdgeIsNoDigitOfTheFigure() {
        List<LineItem> items = extractor.extract(page(false), DocumentType.PHARMACY_INVOICE).items();

        assertEquals(10, items.size());
        assertItem(items.get(1), "ANEMOL 100ML INJ", "2", "486.00", "972.00");
        // "2486.00 × 1 = 2486.00" agrees with itself; the boxes still say each first 2 is the sign
        assertItem(items.get(9), "ANEMOL 100ML IV", "1", "486.00", "486.00");
        assertItem(items.get(6), "AZTRONE 1GM INJ", "2", "945.94", "1891.88");
        assertFalse(items.get(1).uncertain());
    }

    /** The sign is looked for in the cells: a Rate title OCR garbled ("Raw") names no column, and its cells still show the sign. */
    @Test
    void aSignColumnUnderATitleOcrGarbledIsStillMeasured() {
        List<LineItem> items = extractor.extract(page(false, "Raw"), DocumentType.PHARMACY_INVOICE).items();

        assertItem(items.get(1), "ANEMOL 100ML INJ", "2", "486.00", "972.00");
        assertItem(items.get(6), "AZTRONE 1GM INJ", "2", "945.94", "1891.88");
        assertItem(items.get(9), "ANEMOL 100ML IV", "1", "486.00", "486.00");
    }

    @Test
    void aFigureWhoseSignOcrLeftOutKeepsItsFirstDigit() {
        List<LineItem> items = extractor.extract(page(false), DocumentType.PHARMACY_INVOICE).items();

        // "361.00": the box holds seven glyphs, the text six: the sign is the glyph OCR left out
        assertItem(items.get(7), "MAXON 1GM INJ", "1", "361.00", "361.00");
        // "486.00" standing a glyph right of the edge: the sign is outside its box
        assertItem(items.get(8), "PARACIP 500MG", "2", "486.00", "972.00");
    }

    @Test
    void rightAlignedColumnsAreReadAsTheirTextReads() {
        DocumentText rightAligned = page(true);
        DocumentText withoutBoxes = new DocumentText(rightAligned.pages().stream()
                .map(p -> new PageText(p.number(), p.lines().stream().map(l -> new TextLine(l.text(), l.confidence())).toList(),
                        p.source(), null))
                .toList());

        List<LineItem> items = extractor.extract(rightAligned, DocumentType.PHARMACY_INVOICE).items();

        assertEquals(extractor.extract(withoutBoxes, DocumentType.PHARMACY_INVOICE).items(), items);
        // "2486.00 × 1 = 2486.00": read alone, the row agrees with itself
        assertItem(items.get(9), "ANEMOL 100ML IV", "1", "2486.00", "2486.00");
    }

    @Test
    void aColumnShowingNoSignReadAsAGlyphIsNoSignColumn() {
        List<SignColumns.Cell> cells = new ArrayList<>();
        for (int row = 0; row < 8; row++) {
            cells.add(leftAligned("2486.00", "486.00", row));
        }
        SignColumns signs = SignColumns.of(List.of(cells));

        assertFalse(signs.any());
    }

    @Test
    void aCellsBoxSaysWhetherItsFirstCharacterIsTheSign() {
        SignColumns signs = signedRateColumn();

        assertTrue(signs.any());
        assertEquals(new BigDecimal("486.00"), value(signs.read(leftAligned("2486.00", "486.00", 3))));
        assertEquals(new BigDecimal("361.00"), value(signs.read(leftAligned("361.00", "361.00", 3))));
        assertEquals(new BigDecimal("486.00"), value(signs.read(outsideBox("486.00", 3))));
        assertTrue(signs.read(leftAligned("361.00", "361.00", 3)).orElseThrow().signed(), "its first digit is no misread sign");
        assertTrue(signs.read(new SignColumns.Cell("2486.00", RATE_EDGE + 3 * GLYPH, RATE_EDGE + 3 * GLYPH + 200, 0)).isEmpty(),
                "a cell standing in no signed column is read from its text");
    }

    @Test
    void aCellReadWithoutThePointItsColumnPrintsLostItThere() {
        SignColumns signs = signedRateColumn();

        // "21891.88" read as "2189188": the box holds the sign, the digits and a point
        PrintedNumber lost = signs.read(leftAligned("2189188", "1891.88", 4)).orElseThrow();
        assertEquals(new BigDecimal("1891.88"), lost.value());
        assertTrue(lost.repaired());
        assertEquals(new BigDecimal("74.48"), value(signs.read(leftAligned("£7448", "74.48", 4))));
    }

    /** The Rate column of eight rows, read with its sign as a glyph, as a digit or not at all, measured for its sign. */
    private static SignColumns signedRateColumn() {
        String[][] column = {{"£13.35", "13.35"}, {"2486.00", "486.00"}, {"¥25.78", "25.78"}, {"¢572.00", "572.00"},
                {"£57.00", "57.00"}, {"226.38", "26.38"}, {"#103.00", "103.00"}, {"2945.94", "945.94"}};
        List<SignColumns.Cell> cells = new ArrayList<>();
        for (int row = 0; row < column.length; row++) {
            cells.add(leftAligned(column[row][0], column[row][1], row));
        }
        return SignColumns.of(List.of(cells));
    }

    private static BigDecimal value(Optional<PrintedNumber> read) {
        return read.orElseThrow().value();
    }

    /** A cell at the Rate column's edge at row {@code row}, its box holding the sign and the figure printed. */
    private static SignColumns.Cell leftAligned(String read, String printed, int row) {
        double left = RATE_EDGE + SKEW * y(row);
        return new SignColumns.Cell(read, left, left + GLYPH + width(printed), y(row));
    }

    /** A cell whose box starts a glyph right of the Rate column's edge: the sign's ink is not in it. */
    private static SignColumns.Cell outsideBox(String read, int row) {
        double left = RATE_EDGE + SKEW * y(row) + GLYPH;
        return new SignColumns.Cell(read, left, left + width(read), y(row));
    }

    /**
     * Description, quantity, then rate and amount as OCR read them and as printed (without the sign);
     * {@code rateSignOutside}: the rate's box starts a glyph right of the sign, holding the figure alone.
     */
    private record Row(String description, String quantity, String rateRead, String rate, boolean rateSignOutside,
                       String amountRead, String amount) {

        Row(String description, String quantity, String rateRead, String rate, String amountRead, String amount) {
            this(description, quantity, rateRead, rate, false, amountRead, amount);
        }
    }

    private static final List<Row> ROWS = List.of(
            new Row("EMESET 2ML INJ", "2", "£13.35", "13.35", "226.70", "26.70"),
            new Row("ANEMOL 100ML INJ", "2", "2486.00", "486.00", "2972.00", "972.00"),
            new Row("NIPRO 10ML", "2", "¥25.78", "25.78", "£51.56", "51.56"),
            new Row("UROMETER", "1", "¢572.00", "572.00", "#572.00", "572.00"),
            new Row("PANTORED 40MG", "2", "£57.00", "57.00", "7114.00", "114.00"),
            new Row("SUPRIDOL 100MG", "1", "226.38", "26.38", "£26.38", "26.38"),
            new Row("AZTRONE 1GM INJ", "2", "2945.94", "945.94", "21891.88", "1891.88"),
            new Row("MAXON 1GM INJ", "1", "361.00", "361.00", "£361.00", "361.00"),
            new Row("PARACIP 500MG", "2", "486.00", "486.00", true, "¥972.00", "972.00"),
            new Row("ANEMOL 100ML IV", "1", "2486.00", "486.00", "2486.00", "486.00"));

    /** The page as OCR read it; with {@code rightAligned}, the same readings right-aligned under their titles. */
    private static DocumentText page(boolean rightAligned) {
        return page(rightAligned, "Rate");
    }

    private static DocumentText page(boolean rightAligned, String rateTitle) {
        List<TextLine> lines = new ArrayList<>();
        lines.add(line(0, List.of(new Cell("Description", 0, 100), new Cell("Qty", 32, 900),
                new Cell(rateTitle, 40, RATE_EDGE), new Cell("Amount", 54, AMOUNT_EDGE))));
        for (int r = 0; r < ROWS.size(); r++) {
            Row row = ROWS.get(r);
            double y = y(r + 1);
            double rateLeft = RATE_EDGE + SKEW * y + (row.rateSignOutside() ? GLYPH : 0);
            double rateWidth = (row.rateSignOutside() ? 0 : GLYPH) + width(row.rate());
            double amountLeft = AMOUNT_EDGE + SKEW * y;
            double amountWidth = GLYPH + width(row.amount());
            if (rightAligned) {
                rateLeft = RATE_EDGE + 300 - rateWidth;
                amountLeft = AMOUNT_EDGE + 300 - amountWidth;
            }
            lines.add(line(r + 1, List.of(new Cell(row.description(), 0, 100), new Cell(row.quantity(), 34, 880),
                    new Cell(row.rateRead(), 40, rateLeft, rateLeft + rateWidth),
                    new Cell(row.amountRead(), 54, amountLeft, amountLeft + amountWidth))));
        }
        return new DocumentText(List.of(new PageText(1, lines, TextSource.OCR, null)));
    }

    /** A cell of a line: its text, where it starts in the line's text, and its box's left (and right) edge. */
    private record Cell(String text, int offset, double left, double right) {
        Cell(String text, int offset, double left) {
            this(text, offset, left, left + text.length() * GLYPH * 0.8);
        }
    }

    /** A line OCR read at {@code row}: each cell at its offset, a word per space-separated part, words boxed within the cell's box. */
    private static TextLine line(int row, List<Cell> cells) {
        LaidOutLine line = new LaidOutLine(y(row) - 15, y(row) + 15, 0.6);
        for (Cell cell : cells) {
            // cells stand two spaces apart at least, a cell's words one
            int offset = line.end() == 0 && cell.offset() == 0 ? 0 : Math.max(line.end() + 2, cell.offset());
            double perChar = (cell.right() - cell.left()) / cell.text().length();
            double x = cell.left();
            for (String part : cell.text().split(" ")) {
                double right = x + perChar * part.length();
                line.word(part, offset, x, right);
                x = right + perChar;
                offset = line.end() + 1;
            }
        }
        return line.line();
    }

    private static double y(int row) {
        return 500 + 100 * row;
    }

    /** A figure's box width: a glyph a digit, less for a point or comma. */
    private static double width(String figure) {
        return figure.chars().mapToDouble(c -> c == '.' || c == ',' ? POINT : GLYPH).sum();
    }
}

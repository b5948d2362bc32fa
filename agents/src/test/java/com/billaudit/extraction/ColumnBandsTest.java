package com.billaudit.extraction;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentText;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.PageText;
import com.billaudit.domain.PlacedWord;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.billaudit.extraction.Fixtures.assertItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Figures placed under the columns their boxes stand below, on pages laid out from placed words
 * the way intake lays out a PDF text layer: geometry in, rows out.
 */
class ColumnBandsTest {

    private final LineItemExtractor extractor = new LineItemExtractor();

    /** Points per character: a condensed description font, and figures and titles in a wider one. */
    private static final double NARROW = 3.6;
    private static final double WIDE = 6.0;
    /** Right edges of the right-aligned Qty, Rate, Disc and Amount columns, in points. */
    private static final double QTY = 300;
    private static final double RATE = 380;
    private static final double DISC = 450;
    private static final double AMOUNT = 520;

    /**
     * A pharmacy-style table whose Disc column is blank on most rows. The long drug name, in a
     * font narrower than the page's mean character, takes more characters than the room its words
     * take, so the padded text pushes the row's figures right: by offsets its quantity stands
     * under Rate and its rate under Disc (read by offsets alone: quantity 1, rate 2.00). Its words'
     * boxes still stand under their columns.
     */
    @Test
    void aRowWithABlankCellIsPlacedByWhereItsFiguresStandNotByTheirOffsets() {
        PageLayout page = new PageLayout();
        page.row(left("Particulars", 40, WIDE), right("Qty", QTY, WIDE), right("Rate", RATE, WIDE),
                right("Disc", DISC, WIDE), right("Amount", AMOUNT, WIDE));
        page.row(left("Consultation charges", 40, NARROW), right("1", QTY, WIDE), right("800.00", RATE, WIDE),
                right("80.00", DISC, WIDE), right("720.00", AMOUNT, WIDE));
        page.row(left("X-ray chest PA view", 40, NARROW), right("1", QTY, WIDE), right("450.00", RATE, WIDE),
                right("45.00", DISC, WIDE), right("405.00", AMOUNT, WIDE));
        page.row(left("injection ceftriaxone one gram with water for injection diluent", 40, NARROW),
                right("2", QTY, WIDE), right("1,250.00", RATE, WIDE), right("2,500.00", AMOUNT, WIDE));
        page.row(left("Complete blood count", 40, NARROW), right("2", QTY, WIDE), right("300.00", RATE, WIDE),
                right("30.00", DISC, WIDE), right("570.00", AMOUNT, WIDE));
        DocumentText document = page.document();

        Bill bill = extractor.extract(document, DocumentType.PHARMACY_INVOICE);

        assertEquals(4, bill.items().size(), document.text());
        LineItem injection = bill.items().get(2);
        assertItem(injection, "injection ceftriaxone one gram with water for injection diluent", "2", "1250.00", "2500.00");
    }

    @Test
    void aTokenFindsTheBoxOfTheWordsItSpansOrItsShareOfOne() {
        TextLine line = new TextLine("Room Rent  |4,000.00", 1.0, List.of(
                new PlacedWord("Room", 0, 40, 64, 0, 10, 1.0),
                new PlacedWord("Rent", 5, 68, 92, 0, 10, 1.0),
                new PlacedWord("|4,000.00", 11, 462, 520, 0, 10, 1.0)));
        List<Token> tokens = LineTokens.tokenize(line.text());

        assertEquals(new ColumnBands.Box(40, 64), ColumnBands.box(line, tokens.get(0)));
        ColumnBands.Box amount = ColumnBands.box(line, tokens.getLast());
        assertEquals("4,000.00", tokens.getLast().text());
        assertEquals(520, amount.right(), 1e-9);
        assertEquals(462 + 58.0 / 9, amount.left(), 1e-9);
        assertNull(ColumnBands.box(TextLine.exact(line.text()), tokens.get(0)), "a line without words has no boxes");
    }

    @Test
    void bandsNeedFullRowsToShowWhereTheColumnsStand() {
        PageLayout page = new PageLayout();
        page.row(left("Particulars", 40, WIDE), right("Qty", QTY, WIDE), right("Rate", RATE, WIDE), right("Amount", AMOUNT, WIDE));
        page.row(left("Consultation charges", 40, NARROW), right("1", QTY, WIDE), right("800.00", RATE, WIDE),
                right("800.00", AMOUNT, WIDE));
        page.row(left("Registration", 40, NARROW), right("200.00", AMOUNT, WIDE));
        List<TextLine> lines = page.document().pages().getFirst().lines();
        TableHeader header = HeaderReader.read(lines.getFirst().text()).orElseThrow();

        assertFalse(ColumnBands.of(header, lines.getFirst(), lines, 1).shown(), "one full row is no evidence");

        page.row(left("X-ray chest PA view", 40, NARROW), right("1", QTY, WIDE), right("450.00", RATE, WIDE),
                right("450.00", AMOUNT, WIDE));
        lines = page.document().pages().getFirst().lines();
        assertTrue(ColumnBands.of(header, lines.getFirst(), lines, 1).shown());
    }

    /** A cell to be laid out: its text, where its left or right edge stands and its font's character width. */
    private record Cell(String text, double x, boolean rightAligned, double charWidth) {
    }

    private static Cell left(String text, double x, double charWidth) {
        return new Cell(text, x, false, charWidth);
    }

    private static Cell right(String text, double x, double charWidth) {
        return new Cell(text, x, true, charWidth);
    }

    /**
     * Words placed on a page, laid out into text as intake lays out a text layer: each word at the
     * column its x maps to by the page's mean character width, at least two spaces after a wide gap.
     */
    private static final class PageLayout {
        private record Placed(String text, double left, double right) {
        }

        private final List<List<Placed>> rows = new ArrayList<>();

        void row(Cell... cells) {
            List<Placed> words = new ArrayList<>();
            for (Cell cell : cells) {
                double width = cell.text().length() * cell.charWidth();
                double x = cell.rightAligned() ? cell.x() - width : cell.x();
                for (String word : cell.text().split(" ")) {
                    words.add(new Placed(word, x, x + word.length() * cell.charWidth()));
                    x += (word.length() + 1) * cell.charWidth();
                }
            }
            rows.add(words);
        }

        DocumentText document() {
            double width = 0;
            int chars = 0;
            double origin = Double.MAX_VALUE;
            for (List<Placed> row : rows) {
                for (Placed word : row) {
                    width += word.right() - word.left();
                    chars += word.text().length();
                    origin = Math.min(origin, word.left());
                }
            }
            double charWidth = width / chars;
            List<TextLine> lines = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                LaidOutLine line = new LaidOutLine(r * 14, r * 14 + 10, 1.0);
                Placed previous = null;
                for (Placed word : rows.get(r)) {
                    int column = (int) Math.round((word.left() - origin) / charWidth);
                    int offset;
                    if (previous == null) {
                        offset = column;
                    } else if (word.left() - previous.right() <= 1.5 * charWidth) {
                        offset = line.end() + 1;
                    } else {
                        offset = Math.max(line.end() + 2, column);
                    }
                    line.word(word.text(), offset, word.left(), word.right());
                    previous = word;
                }
                lines.add(line.line());
            }
            return new DocumentText(List.of(new PageText(1, lines, TextSource.PDF_TEXT, null)));
        }
    }
}

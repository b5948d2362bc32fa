package com.billaudit.ocr;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which cells of a table's numeric columns are read a second time, and which second readings are taken. */
class NumericCellsTest {

    /** A row: description at x 0, quantity right-aligned at 400, rate at 600, amount at 800; 10 px per character. */
    private static List<Word> row(int y, String description, String quantity, String rate, String amount) {
        List<Word> words = new ArrayList<>();
        words.add(new Word(description, 0, 10 * description.length(), y, y + 20, 0.95));
        words.add(new Word(quantity, 400 - 10 * quantity.length(), 400, y, y + 20, 0.95));
        words.add(new Word(rate, 600 - 10 * rate.length(), 600, y, y + 20, 0.95));
        words.add(new Word(amount, 800 - 10 * amount.length(), 800, y, y + 20, 0.95));
        return words;
    }

    private static List<List<Word>> table(List<Word> odd) {
        List<List<Word>> rows = new ArrayList<>();
        rows.add(row(0, "Consultation", "1", "500.00", "500.00"));
        rows.add(row(40, "Dressing", "2", "150.00", "300.00"));
        rows.add(row(80, "Syringe", "10", "12.50", "125.00"));
        rows.add(row(120, "Oxygen", "3", "95.00", "285.00"));
        rows.add(odd);
        return rows;
    }

    @Test
    void cleanTableHasNoDoubtfulCells() {
        assertTrue(NumericCells.doubtful(table(row(160, "Saline", "4", "30.00", "120.00"))).isEmpty());
    }

    @Test
    void aRateThatLostItsDecimalPointIsDoubtful() {
        List<NumericCells.Cell> cells = NumericCells.doubtful(table(row(160, "Tablet", "4", "135", "5.40")));

        assertEquals(1, cells.size());
        assertEquals("135", cells.getFirst().text());
        assertTrue(cells.getFirst().needsPoint());
    }

    @Test
    void aScrapWhereAQuantityBelongsIsDoubtful() {
        List<Word> odd = row(160, "Tablet", "1", "30.00", "30.00");
        odd.set(1, new Word("aL", 380, 400, 160, 180, 0.38));

        List<NumericCells.Cell> cells = NumericCells.doubtful(table(odd));

        assertEquals(1, cells.size());
        assertEquals("aL", cells.getFirst().text());
        assertFalse(cells.getFirst().needsPoint());
    }

    @Test
    void aNumberSplitByAGapIsOneDoubtfulCellButNeighbouringColumnsAreNot() {
        List<Word> odd = row(160, "Tablet", "4", "7.30", "29.20");
        odd.set(2, new Word("7", 560, 570, 160, 180, 0.9));
        odd.add(3, new Word("30", 580, 600, 160, 180, 0.9));

        List<NumericCells.Cell> cells = NumericCells.doubtful(table(odd));

        assertEquals(1, cells.size());
        assertEquals("730", cells.getFirst().text());
        assertEquals(2, cells.getFirst().words().size());
    }

    @Test
    void currencyMarksAndUnitsAreLeftAlone() {
        List<Word> rupee = row(160, "Tablet", "4", "30.00", "120.00");
        rupee.set(3, new Word("%120.00", 730, 800, 160, 180, 0.6));
        List<Word> strength = row(160, "Tablet", "4", "30.00", "120.00");
        strength.set(1, new Word("40MG", 360, 400, 160, 180, 0.6));

        assertTrue(NumericCells.doubtful(table(rupee)).isEmpty());
        assertTrue(NumericCells.doubtful(table(strength)).isEmpty());
    }

    @Test
    void aSecondReadingIsTakenOnlyWhenItIsAPlainNumberThatKeepsWhatWasSeen() {
        NumericCells.Cell lostPoint = new NumericCells.Cell(List.of(new Word("23435", 0, 50, 0, 20, 0.2)), true);
        NumericCells.Cell scrap = new NumericCells.Cell(List.of(new Word("S15", 0, 30, 0, 20, 0.23)), false);
        NumericCells.Cell bracket = new NumericCells.Cell(List.of(new Word("23)", 0, 30, 0, 20, 0.44)), false);

        assertTrue(NumericCells.accept(lostPoint, "23.75", 0.95));
        assertFalse(NumericCells.accept(lostPoint, "2375", 0.95), "the column's decimal point is still missing");
        assertFalse(NumericCells.accept(lostPoint, "23.75", 0.1), "less sure than the first reading");
        assertTrue(NumericCells.accept(scrap, "315", 0.96));
        assertFalse(NumericCells.accept(scrap, "315", 0.2), "too unsure");
        assertFalse(NumericCells.accept(bracket, "2", 0.96), "drops a digit the first reading saw");
        assertFalse(NumericCells.accept(scrap, "3l5", 0.96), "not a number");
    }
}

package com.billaudit.ocr;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.billaudit.ocr.WordBoxes.endingAt;
import static com.billaudit.ocr.WordBoxes.startingAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which cells of a table's numeric columns are read a second time, and which second readings are taken. */
class NumericCellsTest {

    /** Where the quantity, rate and amount columns end: their figures are right-aligned. */
    private static final double QUANTITY = 400;
    private static final double RATE = 600;
    private static final double AMOUNT = 800;

    /** A row read sure: description at x 0, quantity, rate and amount right-aligned in their columns. */
    private static List<Word> row(int y, String description, String quantity, String rate, String amount) {
        List<Word> words = new ArrayList<>();
        words.add(startingAt(description, 0, y, 0.95));
        words.add(endingAt(quantity, QUANTITY, y, 0.95));
        words.add(endingAt(rate, RATE, y, 0.95));
        words.add(endingAt(amount, AMOUNT, y, 0.95));
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
        odd.set(1, endingAt("aL", QUANTITY, 160, 0.38));

        List<NumericCells.Cell> cells = NumericCells.doubtful(table(odd));

        assertEquals(1, cells.size());
        assertEquals("aL", cells.getFirst().text());
        assertFalse(cells.getFirst().needsPoint());
    }

    @Test
    void aNumberSplitByAGapIsOneDoubtfulCellButNeighbouringColumnsAreNot() {
        List<Word> odd = row(160, "Tablet", "4", "7.30", "29.20");
        odd.set(2, startingAt("7", 560, 160, 0.9));
        odd.add(3, endingAt("30", RATE, 160, 0.9));

        List<NumericCells.Cell> cells = NumericCells.doubtful(table(odd));

        assertEquals(1, cells.size());
        assertEquals("730", cells.getFirst().text());
        assertEquals(2, cells.getFirst().words().size());
    }

    @Test
    void anAmountReadUnsureOrWithItsPointAsADashIsDoubtful() {
        // a two-line row whose figures stand half a line off its words: read against the wrong baseline
        List<Word> unsure = row(160, "Friends under pad", "1", "206.25", "596.95");
        unsure.set(3, endingAt("596.95", AMOUNT, 160, 0.53));
        List<Word> dashed = row(160, "Suction catheter", "4", "65.62", "762-48");
        List<Word> sure = row(160, "Blood lancets", "4", "3.74", "14.96");
        sure.set(3, endingAt("14.96", AMOUNT, 160, 0.95));

        List<NumericCells.Cell> unsureCells = NumericCells.doubtful(table(unsure));
        List<NumericCells.Cell> dashedCells = NumericCells.doubtful(table(dashed));

        assertEquals(List.of("596.95"), unsureCells.stream().map(NumericCells.Cell::text).toList());
        assertEquals(List.of("762-48"), dashedCells.stream().map(NumericCells.Cell::text).toList());
        assertTrue(NumericCells.doubtful(table(sure)).isEmpty());
    }

    @Test
    void anUnsureAmountTheRowsArithmeticVouchesForIsLeftAlone() {
        // 11 x 500.00 = 5,500.00: the rate read unsure is right, and read alone it may come out "300.00"
        List<Word> agreeing = row(160, "Infection Preventive Measures", "11.0", "500.00", "5,500.00");
        agreeing.set(2, endingAt("500.00", RATE, 160, 0.39));
        List<Word> disagreeing = row(160, "Infection Preventive Measures", "11.0", "500.00", "5,900.00");
        disagreeing.set(2, endingAt("500.00", RATE, 160, 0.39));

        assertTrue(NumericCells.doubtful(table(agreeing)).isEmpty());
        assertEquals(List.of("500.00"), NumericCells.doubtful(table(disagreeing)).stream().map(NumericCells.Cell::text).toList());
    }

    @Test
    void anAmountReadUnsureTakesOnlyWhatTheBoundLeaves() {
        // a page of rows whose amounts were all read unsure, and one misread cell at its foot
        List<List<Word>> rows = new ArrayList<>();
        for (int i = 0; i < NumericCells.MAX_CELLS + 5; i++) {
            List<Word> unsure = row(100 + 30 * i, "Item", "3", "20.00", "61.00");
            unsure.set(3, endingAt("61.00", AMOUNT, 100 + 30 * i, 0.5));
            rows.add(unsure);
        }
        List<Word> misread = row(100 + 30 * rows.size(), "Item", "3", "20.00", "6O.00");
        rows.add(misread);

        List<NumericCells.Cell> cells = NumericCells.doubtful(rows);

        assertEquals(NumericCells.MAX_CELLS, cells.size());
        assertEquals("6O.00", cells.getFirst().text());
    }

    @Test
    void anAmountOnTheLineOfARowsDateAndQuantityIsReadAgainOnce() {
        // the row's words and rate stand half a line above; its own line keeps the date, "3NO" and the amount
        List<Word> staggered = new ArrayList<>();
        staggered.add(startingAt("05/11/2025", 100, 160, 0.95));
        staggered.add(endingAt("3NO", QUANTITY, 160, 0.9));
        staggered.add(startingAt("999", 740, 160, 0.61));
        staggered.add(endingAt("99", AMOUNT, 160, 0.69));

        List<NumericCells.Cell> cells = NumericCells.doubtful(table(staggered));

        assertEquals(1, cells.stream().filter(cell -> cell.text().equals("99999")).count());
    }

    @Test
    void aWordRunAcrossTwoMoneyColumnsIsCutBetweenThem() {
        // "Gross  Net" printed alike, read as one word from the rate column's left to the amount's right
        List<Word> run = row(160, "Teddy baby diaper", "1", "253.13", "253.13");
        run.remove(3);
        run.set(2, new Word("233135313", 540, 800, 160, 180, 0.33));

        List<NumericCells.Straddle> straddles = NumericCells.straddling(table(run));

        assertEquals(1, straddles.size());
        assertEquals(2, straddles.getFirst().parts().size());
        double cut = straddles.getFirst().parts().getFirst().right();
        assertTrue(cut > 600 && cut < 740, "cut in the gap between the columns, at " + cut);
        assertTrue(NumericCells.straddling(table(row(160, "Saline", "4", "30.00", "120.00"))).isEmpty());
        assertTrue(NumericCells.acceptPart("253.13", 0.9));
        assertFalse(NumericCells.acceptPart("25313", 0.9), "the column's point is missing");
    }

    @Test
    void anUnsureScrapWhereAnAmountBelongsIsDoubtful() {
        List<Word> scrap = row(160, "Sterile gloves", "2", "90.94", "181.88");
        scrap.set(3, startingAt("rey", 740, 160, 0.16));
        scrap.add(endingAt("gg", AMOUNT, 160, 0.64));

        assertEquals(List.of("reygg"), NumericCells.doubtful(table(scrap)).stream().map(NumericCells.Cell::text).toList());
    }

    @Test
    void aGarbledAmountReadAgainWithAsManyDigitsIsTaken() {
        NumericCells.Cell split = new NumericCells.Cell(List.of(startingAt("999", 0, 0, 0.61),
                startingAt("99", 40, 0, 0.69)), true);
        NumericCells.Cell dashed = new NumericCells.Cell(List.of(startingAt("762-48", 0, 0, 0.4)), true);

        assertTrue(NumericCells.accept(split, "272.79", 0.9));
        assertTrue(NumericCells.accept(dashed, "262.48", 0.9));
        assertFalse(NumericCells.accept(split, "27.27", 0.9), "a digit fewer than the first reading saw");
        assertFalse(NumericCells.accept(dashed, "21219", 0.9), "the column's decimal point is missing");
        assertFalse(NumericCells.accept(split, "272.79", 0.3), "too unsure");
    }

    @Test
    void currencyMarksAndUnitsAreLeftAlone() {
        List<Word> rupee = row(160, "Tablet", "4", "30.00", "120.00");
        rupee.set(3, endingAt("%120.00", AMOUNT, 160, 0.6));
        List<Word> strength = row(160, "Tablet", "4", "30.00", "120.00");
        strength.set(1, endingAt("40MG", QUANTITY, 160, 0.6));

        assertTrue(NumericCells.doubtful(table(rupee)).isEmpty());
        assertTrue(NumericCells.doubtful(table(strength)).isEmpty());
    }

    @Test
    void aSecondReadingIsTakenOnlyWhenItIsAPlainNumberThatKeepsWhatWasSeen() {
        NumericCells.Cell lostPoint = new NumericCells.Cell(List.of(startingAt("23435", 0, 0, 0.2)), true);
        NumericCells.Cell scrap = new NumericCells.Cell(List.of(startingAt("S15", 0, 0, 0.23)), false);
        NumericCells.Cell bracket = new NumericCells.Cell(List.of(startingAt("23)", 0, 0, 0.44)), false);

        assertTrue(NumericCells.accept(lostPoint, "23.75", 0.95));
        assertFalse(NumericCells.accept(lostPoint, "2375", 0.95), "the column's decimal point is still missing");
        assertFalse(NumericCells.accept(lostPoint, "23.75", 0.1), "less sure than the first reading");
        assertTrue(NumericCells.accept(scrap, "315", 0.96));
        assertFalse(NumericCells.accept(scrap, "315", 0.2), "too unsure");
        assertFalse(NumericCells.accept(bracket, "2", 0.96), "drops a digit the first reading saw");
        NumericCells.Cell unsure = new NumericCells.Cell(List.of(startingAt("20000.00", 0, 0, 0.6)), true);
        assertFalse(NumericCells.accept(unsure, "2000.00", 0.9), "drops a digit of a plain number");
        assertTrue(NumericCells.accept(unsure, "20600.00", 0.9));
        assertFalse(NumericCells.accept(scrap, "3l5", 0.96), "not a number");
    }
}

package com.billaudit.ocr;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A surely read charge table, one row per line, with one row whose description wraps over two
 * lines with its figures centred between them: the first reading ran the description's lines
 * together into one garbled, unsure word over the figures. Word boxes stand in for the first
 * reading; the page is the same boxes inked.
 */
class DescriptionBandsTest {

    private static final int LINE = 30;
    private static final int ROW_PITCH = 60;
    private static final int FIRST_ROW = 200;
    private static final int ROWS = 10;
    private static final int GARBLED_ROW = 5;

    /** Columns {left, right}: description, date, gross, net; gutters between them. */
    private static final int[] DESCRIPTION = {100, 600};
    private static final int[] DATE = {700, 900};
    private static final int[] GROSS = {1000, 1100};
    private static final int[] NET = {1200, 1300};

    @Test
    void theGarbledRowsDescriptionIsReadAgainWithItsNeighbours() {
        List<Word> words = table(0.15);

        List<DescriptionBands.Band> bands = DescriptionBands.of(WordBoxes.inked(words), words);

        assertEquals(1, bands.size());
        DescriptionBands.Band band = bands.getFirst();
        // from the table's left edge to the gutter before the date column ...
        assertTrue(band.left() <= DESCRIPTION[0] && band.left() > DESCRIPTION[0] - LINE);
        assertTrue(band.right() > DESCRIPTION[1] && band.right() < DATE[0], "cut at " + band.right());
        // ... over the row and the lines above and below it
        int rowTop = FIRST_ROW + GARBLED_ROW * ROW_PITCH;
        assertTrue(band.top() < rowTop - ROW_PITCH + 1 && band.top() > rowTop - ROW_PITCH - LINE / 2);
        assertTrue(band.bottom() > rowTop + ROW_PITCH + LINE && band.bottom() < rowTop + 2 * ROW_PITCH);
    }

    @Test
    void aTableReadSurelyThroughoutIsNotReadAgain() {
        List<Word> words = table(0.9);

        assertTrue(DescriptionBands.of(WordBoxes.inked(words), words).isEmpty());
    }

    @Test
    void aPageReadPoorlyOverallIsNotReadAgain() {
        List<Word> words = table(0.15).stream()
                .map(word -> new Word(word.text(), word.left(), word.right(), word.top(), word.bottom(), 0.6))
                .toList();

        assertTrue(DescriptionBands.of(WordBoxes.inked(words), words).isEmpty());
    }

    @Test
    void theBandsWordsReplaceTheFirstReadingOnlyWhenSurer() {
        int rowTop = FIRST_ROW + GARBLED_ROW * ROW_PITCH;
        DescriptionBands.Band band = new DescriptionBands.Band(90, rowTop - 70, 650, rowTop + 100);
        Word garbled = new Word("CRARCke", DESCRIPTION[0], 300, rowTop - 15, rowTop + LINE + 15, 0.4);
        Word date = new Word("17/11/25", DATE[0], DATE[1], rowTop, rowTop + LINE, 0.95);
        Word first = new Word("PDHM", DESCRIPTION[0], 200, rowTop - 15, rowTop + 15, 0.95);
        Word second = new Word("CHARGES", DESCRIPTION[0], 250, rowTop + 17, rowTop + 45, 0.93);
        Word cutByTheEdge = new Word("l", 90, 96, rowTop + 60, rowTop + 99, 0.3);

        List<Word> surer = DescriptionBands.merge(List.of(garbled, date), band, List.of(first, second, cutByTheEdge));
        assertEquals(List.of(date, first, second), surer);

        List<Word> firstWords = List.of(garbled, date);
        Word lessSure = new Word("CRARGES", DESCRIPTION[0], 250, rowTop + 17, rowTop + 45, 0.3);
        assertSame(firstWords, DescriptionBands.merge(firstWords, band, List.of(lessSure)));
    }

    @Test
    void neighbouringGarbledRowsShareOneBand() {
        List<Word> words = new ArrayList<>(table(0.15));
        int next = FIRST_ROW + (GARBLED_ROW + 2) * ROW_PITCH;
        words.removeIf(word -> word.top() == next && word.right() <= DESCRIPTION[1]);
        words.add(new Word("Oran", DESCRIPTION[0], 300, next - 15, next + LINE + 15, 0.1));
        words.add(new Word("one", 320, 420, next - 15, next + LINE + 15, 0.1));

        List<DescriptionBands.Band> bands = DescriptionBands.of(WordBoxes.inked(words), words);

        assertEquals(1, bands.size());
        assertTrue(bands.getFirst().bottom() > next + ROW_PITCH + LINE);
        assertFalse(bands.getFirst().top() > FIRST_ROW + (GARBLED_ROW - 1) * ROW_PITCH);
    }

    /** The table's word boxes; the garbled row's description read at the given confidence. */
    private static List<Word> table(double garbled) {
        List<Word> words = new ArrayList<>();
        for (int r = 0; r < ROWS; r++) {
            int top = FIRST_ROW + r * ROW_PITCH;
            if (r == GARBLED_ROW) {
                // the two printed lines run together: one tall box over both
                words.add(new Word("CRARCke", DESCRIPTION[0], 300, top - 15, top + LINE + 15, garbled));
                words.add(new Word("loom", 320, 420, top - 15, top + LINE + 15, garbled));
            } else {
                words.add(new Word("SINGLE", DESCRIPTION[0], 300, top, top + LINE, 0.93));
                words.add(new Word("MONITOR", 320, DESCRIPTION[1], top, top + LINE, 0.93));
            }
            words.add(new Word("17/11/25", DATE[0], DATE[1], top, top + LINE, 0.95));
            words.add(new Word("350.00", GROSS[0], GROSS[1], top, top + LINE, 0.95));
            words.add(new Word("322.00", NET[0], NET[1], top, top + LINE, 0.95));
        }
        return words;
    }
}

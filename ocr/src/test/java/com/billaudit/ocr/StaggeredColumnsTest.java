package com.billaudit.ocr;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pharmacy table as printed on real bills: descriptions wrapped over two lines, the date and
 * net amount centred between them, the gross amount half a line higher. Word boxes stand in
 * for the first reading; the page is the same boxes inked.
 */
class StaggeredColumnsTest {

    private static final int LINE = 30;
    private static final int ROW_PITCH = 100;
    private static final int FIRST_ROW = 200;
    private static final int ROWS = 8;

    /** Columns {left, right}: description, date, gross, net; gutters between them. */
    private static final int[] DESCRIPTION = {100, 600};
    private static final int[] DATE = {700, 900};
    private static final int[] GROSS = {1000, 1100};
    private static final int[] NET = {1200, 1300};

    @Test
    void aStaggeredTableIsCutAtItsGutters() {
        List<Word> words = table(true);
        Optional<StaggeredColumns.Plan> plan = StaggeredColumns.of(WordBoxes.inked(words), words);

        assertTrue(plan.isPresent());
        List<StaggeredColumns.Strip> strips = plan.get().strips();
        assertEquals(4, strips.size());
        assertCutBetween(strips.get(1).left(), DESCRIPTION[1], DATE[0]);
        assertCutBetween(strips.get(2).left(), DATE[1], GROSS[0]);
        assertCutBetween(strips.get(3).left(), GROSS[1], NET[0]);
        // the strips read the gross printed above the first row and the description's line below the last
        assertTrue(plan.get().top() - plan.get().reach() <= FIRST_ROW);
        assertTrue(plan.get().bottom() + plan.get().reach() >= FIRST_ROW + (ROWS - 1) * ROW_PITCH + 2 * 25 + 5 + LINE);
    }

    @Test
    void aTableWhoseColumnsShareTheirLinesIsNotReadAgain() {
        List<Word> words = table(false);

        assertFalse(StaggeredColumns.of(WordBoxes.inked(words), words).isPresent());
    }

    @Test
    void aPageWithoutATableIsNotReadAgain() {
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            words.add(new Word("Discharge", 100, 400, 100 + i * 50, 100 + i * 50 + LINE, 0.9));
            words.add(new Word("summary", 420, 700, 100 + i * 50 + 12, 100 + i * 50 + 12 + LINE, 0.9));
        }

        assertFalse(StaggeredColumns.of(WordBoxes.inked(words), words).isPresent());
    }

    @Test
    void aFooterAcrossTheColumnsIsKeptAsFirstRead() {
        List<Word> words = new ArrayList<>(table(true));
        int footerTop = FIRST_ROW + ROWS * ROW_PITCH + 50;
        // "Printed On 19/11/2025 16:14" under the table: it runs across the gutter before the gross column
        Word printed = new Word("Printed-On", 850, 1050, footerTop, footerTop + LINE, 0.9);
        words.add(printed);
        words.add(new Word("19/11/2025", NET[0], NET[1], footerTop, footerTop + LINE, 0.9));
        words.add(new Word("16:14", 1320, 1380, footerTop, footerTop + LINE, 0.9));
        StaggeredColumns.Plan plan = StaggeredColumns.of(WordBoxes.inked(words), words).orElseThrow();

        StaggeredColumns.Strip gross = plan.strips().get(2);
        assertCutBetween(gross.left(), DATE[1], GROSS[0]);
        Word piece = new Word("On", 1000, 1050, footerTop, footerTop + LINE, 0.5);
        List<Word> merged = StaggeredColumns.merge(words, plan,
                List.of(new StaggeredColumns.StripWord(piece, gross.left(), 0, gross.right(), 2000)));

        assertTrue(merged.contains(printed));
        assertFalse(merged.contains(piece));
    }

    @Test
    void stripWordsReplaceTheFirstReadingWhereTheyOverlapIt() {
        // first reading: the description's first word merged with its second line into one box
        Word merged = new Word("an", 100, 250, 200, 280, 0.3);
        Word rest = new Word("CATHETER", 260, 450, 200, 230, 0.9);
        Word elsewhere = new Word("Bill", 100, 200, 50, 80, 0.9);
        StaggeredColumns.Plan plan = new StaggeredColumns.Plan(200, 280, 30,
                List.of(new StaggeredColumns.Strip(0, 650), new StaggeredColumns.Strip(650, 1400)), List.of());
        Word suction = new Word("SUCTION", 100, 250, 200, 230, 0.95);
        Word code = new Word("SC8", 100, 170, 250, 280, 0.95);
        Word cutByTheEdge = new Word("l", 0, 8, 200, 230, 0.4);

        List<Word> words = StaggeredColumns.merge(List.of(merged, rest, elsewhere), plan, List.of(
                new StaggeredColumns.StripWord(suction, 0, 170, 650, 310),
                new StaggeredColumns.StripWord(code, 0, 170, 650, 310),
                new StaggeredColumns.StripWord(cutByTheEdge, 0, 170, 650, 310)));

        assertEquals(List.of(rest, elsewhere, suction, code), words);
    }

    private static void assertCutBetween(int cut, int from, int to) {
        assertTrue(cut > from && cut < to, "cut at " + cut + " should lie in the gutter " + from + ".." + to);
    }

    /** The table's word boxes; staggered: date and net half a line lower, description wrapped below them. */
    private static List<Word> table(boolean staggered) {
        List<Word> words = new ArrayList<>();
        int shift = staggered ? LINE * 5 / 6 : 0;
        for (int r = 0; r < ROWS; r++) {
            int top = FIRST_ROW + r * ROW_PITCH;
            words.add(new Word("SUCTION", DESCRIPTION[0], 300, top, top + LINE, 0.9));
            words.add(new Word("CATHETER", 320, DESCRIPTION[1], top, top + LINE, 0.9));
            int secondLine = staggered ? top + 2 * shift + 5 : top + LINE + 10;
            words.add(new Word("(TOP)", DESCRIPTION[0], 250, secondLine, secondLine + LINE, 0.9));
            words.add(new Word("05/11/2025", DATE[0], DATE[1], top + shift, top + shift + LINE, 0.9));
            words.add(new Word("262.48", GROSS[0], GROSS[1], top, top + LINE, 0.9));
            words.add(new Word("262.48", NET[0], NET[1], top + shift, top + shift + LINE, 0.9));
        }
        return words;
    }
}

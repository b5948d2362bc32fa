package com.billaudit.ocr;

import com.billaudit.domain.PlacedWord;
import com.billaudit.domain.TextLine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.billaudit.ocr.WordBoxes.startingAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayoutLinesTest {

    @Test
    void groupsWordsIntoRowsAndKeepsColumnsApart() {
        List<Word> words = List.of(
                startingAt("450.00", 400, 102, 0.9),
                startingAt("X-Ray", 0, 100, 0.8),
                startingAt("Chest", 60, 101, 1.0),
                startingAt("ECG", 0, 140, 0.7),
                startingAt("150.00", 400, 139, 0.9));

        List<TextLine> lines = LayoutLines.build(words);

        assertEquals(2, lines.size());
        assertEquals("X-Ray Chest" + " ".repeat(29) + "450.00", lines.get(0).text());
        assertEquals("ECG" + " ".repeat(37) + "150.00", lines.get(1).text());
        assertEquals(0.9, lines.get(0).confidence(), 1e-9);
    }

    @Test
    void aWideGapIsAtLeastTwoSpacesEvenWhenColumnsCollide() {
        // "Consultation" runs past the column its neighbour's x maps to.
        List<Word> words = List.of(startingAt("Consultation", 0, 0, 1), startingAt("1", 150, 0, 1));

        String line = LayoutLines.build(words).getFirst().text();

        assertTrue(line.matches("Consultation {2,}1"), line);
    }

    @Test
    void rowsThatOnlyTouchStaySeparate() {
        // Tall words of one row reach into the next row by less than half a height.
        List<Word> words = List.of(startingAt("Room", 0, 0, 1), startingAt("Rent", 0, 15, 1));

        assertEquals(2, LayoutLines.build(words).size());
    }

    @Test
    void eachLineKeepsItsWordsWithTheirBoxesAndWhereTheyStandInTheText() {
        List<Word> words = List.of(
                startingAt("450.00", 400, 102, 0.9),
                startingAt("X-Ray", 0, 100, 0.8),
                new Word("Chest", 60.123456, 110.5, 101, 121, 0.87654));

        TextLine line = LayoutLines.build(words).getFirst();

        assertEquals(List.of("X-Ray", "Chest", "450.00"), line.words().stream().map(PlacedWord::text).toList());
        for (PlacedWord placed : line.words()) {
            assertEquals(placed.text(), line.text().substring(placed.offset(), placed.end()));
        }
        PlacedWord amount = line.words().get(2);
        assertEquals(400, amount.left());
        assertEquals(460, amount.right());
        assertEquals(102, amount.top());
        assertEquals(122, amount.bottom());
        PlacedWord chest = line.words().get(1);
        assertEquals(60.12, chest.left(), 1e-9, "kept to a hundredth of a unit");
        assertEquals(0.877, chest.confidence(), 1e-9);
    }

    @Test
    void noWordsNoLines() {
        assertEquals(List.of(), LayoutLines.build(List.of()));
    }
}

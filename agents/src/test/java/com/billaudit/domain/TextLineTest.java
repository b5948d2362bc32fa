package com.billaudit.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextLineTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void monospacedTextBoxesEachWordByColumnAndLine() {
        TextLine line = TextLine.monospaced("  ECG    1  150.00", 4, 1.0);

        assertEquals(List.of(
                new PlacedWord("ECG", 2, 2, 5, 4, 5, 1.0),
                new PlacedWord("1", 9, 9, 10, 4, 5, 1.0),
                new PlacedWord("150.00", 12, 12, 18, 4, 5, 1.0)), line.words());
        assertTrue(line.placed());
        assertFalse(TextLine.monospaced("   ", 0, 1.0).placed());
    }

    @Test
    void aRepairInPlaceKeepsTheBoxesAndRespellsTheWords() {
        TextLine read = new TextLine("Inj 10 mI  450.00", 0.8, List.of(
                new PlacedWord("Inj", 0, 0, 30, 0, 20, 0.9),
                new PlacedWord("10", 4, 40, 60, 0, 20, 0.9),
                new PlacedWord("mI", 7, 70, 90, 0, 20, 0.6),
                new PlacedWord("450.00", 11, 300, 360, 0, 20, 0.9)));

        TextLine repaired = read.respelled("Inj 10 ml  450.00");

        assertEquals("ml", repaired.words().get(2).text());
        assertEquals(70, repaired.words().get(2).left());
        assertEquals(0.8, repaired.confidence());
        assertFalse(read.respelled("Inj 10 ml 450.00").placed(), "a repair that moves characters drops the boxes");
    }

    @Test
    void wordsWithinASpanOfTheText() {
        TextLine line = TextLine.monospaced("X-Ray Chest   1   450.00", 0, 1.0);

        assertEquals(List.of("X-Ray", "Chest"), line.wordsWithin(0, 11).stream().map(PlacedWord::text).toList());
        assertEquals(List.of("450.00"), line.wordsWithin(15, 24).stream().map(PlacedWord::text).toList());
    }

    @Test
    void documentTextWithWordsRoundTripsThroughJson() throws Exception {
        DocumentText text = new DocumentText(List.of(new PageText(1, List.of(
                new TextLine("X-Ray Chest   450.00", 0.85, List.of(
                        new PlacedWord("X-Ray", 0, 12.5, 61.25, 100, 118, 0.8),
                        new PlacedWord("Chest", 6, 66, 110.75, 101, 119, 0.9),
                        new PlacedWord("450.00", 14, 400, 460, 102, 120, 0.85))),
                TextLine.exact("no geometry")), TextSource.OCR, 0.85)));

        String json = mapper.writeValueAsString(text);

        assertEquals(text, mapper.readValue(json, DocumentText.class));
        assertTrue(json.contains("[\"X-Ray\",0,12.5,61.25,100.0,118.0,0.8]"), json);
    }

    @Test
    void aLineStoredWithoutWordsReadsBackWithNone() throws Exception {
        String stored = "{\"pages\":[{\"number\":1,\"lines\":[{\"text\":\"ECG   150.00\",\"confidence\":0.9}],"
                + "\"source\":\"OCR\",\"confidence\":0.9}]}";

        TextLine line = mapper.readValue(stored, DocumentText.class).pages().getFirst().lines().getFirst();

        assertEquals(new TextLine("ECG   150.00", 0.9), line);
        assertFalse(line.placed());
    }
}

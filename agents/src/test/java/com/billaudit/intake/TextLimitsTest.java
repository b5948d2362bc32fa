package com.billaudit.intake;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PageText;
import com.billaudit.domain.PlacedWord;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextLimitsTest {

    @Test
    void textWithinTheCapsIsLeftAsItIs() {
        DocumentText text = document(List.of(TextLine.exact("1  Consultation   1   500.00   500.00")));

        assertSame(text, TextLimits.bound(text));
    }

    @Test
    void aRunOfDigitsIsCutToATokenAndItsLineMarkedUnsure() {
        String run = "1.2".repeat(300);
        DocumentText text = document(List.of(TextLine.exact("Total " + run + " 500.00")));

        TextLine line = TextLimits.bound(text).pages().getFirst().lines().getFirst();

        assertEquals("Total " + run.substring(0, TextLimits.MAX_TOKEN_CHARS) + " 500.00", line.text());
        assertEquals(TextLimits.CLIPPED_CONFIDENCE, line.confidence());
    }

    @Test
    void aCutLineKeepsTheWordsBeforeTheCutWhereTheyStand() {
        String run = "9".repeat(200);
        DocumentText text = document(List.of(TextLine.monospaced("Ward  " + run + "  500.00", 3, 1.0)));

        TextLine line = TextLimits.bound(text).pages().getFirst().lines().getFirst();

        assertEquals(List.of(new PlacedWord("Ward", 0, 0, 4, 3, 4, 1.0)), line.words());
    }

    @Test
    void aLongLineIsCutAtTheLineCap() {
        String words = "ab ".repeat(1_000_000);

        String clipped = TextLimits.clip(words);

        assertEquals(TextLimits.MAX_LINE_CHARS, clipped.length());
        assertTrue(words.startsWith(clipped));
    }

    @Test
    void tooManyLinesOnAPageOrInAllAreRefused() {
        List<TextLine> page = Collections.nCopies(TextLimits.MAX_LINES_PER_PAGE + 1, TextLine.exact("x"));
        DocumentRejectedException onePage = assertThrows(DocumentRejectedException.class,
                () -> TextLimits.bound(document(page)));
        assertEquals(DocumentRejectedException.Reason.TOO_LARGE, onePage.reason());

        List<TextLine> full = Collections.nCopies(TextLimits.MAX_LINES_PER_PAGE, TextLine.exact("x"));
        DocumentText threePages = new DocumentText(List.of(new PageText(1, full, TextSource.TEXT, null),
                new PageText(2, full, TextSource.TEXT, null), new PageText(3, full, TextSource.TEXT, null)));
        assertEquals(DocumentRejectedException.Reason.TOO_LARGE,
                assertThrows(DocumentRejectedException.class, () -> TextLimits.bound(threePages)).reason());
    }

    private static DocumentText document(List<TextLine> lines) {
        return new DocumentText(List.of(new PageText(1, lines, TextSource.TEXT, null)));
    }
}

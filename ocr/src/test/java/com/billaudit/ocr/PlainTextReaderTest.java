package com.billaudit.ocr;

import com.billaudit.domain.PageText;
import com.billaudit.domain.PlacedWord;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainTextReaderTest {

    @Test
    void splitsPagesAtFormFeedsAndKeepsLinesAsWritten() {
        String bill = "CITY HOSPITAL\r\n  1  X-Ray Chest     1   450.00\n\fPage two line\nlast line\n";
        List<PageText> pages = PlainTextReader.read(bill.getBytes(StandardCharsets.UTF_8));

        assertEquals(2, pages.size());
        assertEquals(List.of("CITY HOSPITAL", "  1  X-Ray Chest     1   450.00"), texts(pages.get(0)));
        assertEquals(List.of("Page two line", "last line"), texts(pages.get(1)));
        assertEquals(2, pages.get(1).number());
        assertEquals(TextSource.TEXT, pages.get(0).source());
        assertEquals(1.0, pages.get(0).lines().get(0).confidence());
    }

    @Test
    void expandsTabsToEightColumnStops() {
        assertEquals("ECG             150.00", PlainTextReader.expandTabs("ECG\t\t150.00"));
        assertEquals("12345678        x", PlainTextReader.expandTabs("12345678\tx"));
    }

    @Test
    void wordsAreBoxedByCharacterColumnAndLine() {
        String bill = "CITY HOSPITAL\n  X-Ray Chest\t1   450.00\n";
        List<PageText> pages = PlainTextReader.read(bill.getBytes(StandardCharsets.UTF_8));

        TextLine row = pages.getFirst().lines().get(1);
        assertEquals(List.of("X-Ray", "Chest", "1", "450.00"), row.words().stream().map(PlacedWord::text).toList());
        PlacedWord quantity = row.words().get(2);
        // the tab runs to column 16
        assertEquals(16, quantity.offset());
        assertEquals(16, quantity.left());
        assertEquals(17, quantity.right());
        assertEquals(1, quantity.top());
        assertEquals(2, quantity.bottom());
        assertEquals(20, row.words().get(3).left());
        assertEquals(0, pages.getFirst().lines().getFirst().words().getFirst().top());
    }

    private static List<String> texts(PageText page) {
        return page.lines().stream().map(TextLine::text).toList();
    }
}

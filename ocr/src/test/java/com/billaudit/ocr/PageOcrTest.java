package com.billaudit.ocr;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageOcrTest {

    @Test
    void aDensePageOfFaintPrintIsPoorButShowsItIsUpright() {
        // 45 words read well among 200 read badly: poor by share, yet no turned page reads so many well
        List<Word> words = words(45, 200);
        assertTrue(PageOcr.isPoor(words));
        assertFalse(PageOcr.mayBeTurned(words));
    }

    @Test
    void aPoorPageWithFewGoodWordsMayBeTurned() {
        List<Word> words = words(12, 200);
        assertTrue(PageOcr.mayBeTurned(words));
    }

    @Test
    void aWellReadPageIsNotTried() {
        assertFalse(PageOcr.mayBeTurned(words(30, 10)));
    }

    private static List<Word> words(int good, int bad) {
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < good + bad; i++) {
            words.add(new Word("CHARGE" + i, 10 * i, 10 * i + 8, 0, 10, i < good ? 0.9 : 0.4));
        }
        return words;
    }
}

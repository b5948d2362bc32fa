package com.billaudit.lexicon;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhrasesTest {

    @Test
    void punctuationAndCaseDoNotMatter() {
        Phrases phrases = Phrases.of(List.of("batch no", "d l no"));
        assertEquals(List.of("batch no", "d l no"), phrases.found(Phrases.words("BATCH NO.: A23  D.L. No 20B/4411")));
    }

    @Test
    void aStarredWordMatchesAnyWordItBegins() {
        Phrases phrases = Phrases.of(List.of("name of the drug*"));
        assertTrue(phrases.foundIn(Phrases.words("Qty  Name of the Drugs  Exp")));
        assertFalse(phrases.foundIn(Phrases.words("Name of the patient")));
    }

    @Test
    void phrasesMatchWholeWordsOnly() {
        assertFalse(Phrases.of(List.of("exp")).foundIn(Phrases.words("Expected delivery")));
    }

    @Test
    void currencySignsAreWordsOfTheirOwn() {
        assertEquals(List.of("total", "₹", "1", "500", "00"), Phrases.words("Total:₹1,500.00"));
    }

    @Test
    void theEndOfTheLongestFirstPhraseIsFound() {
        Phrases totals = Phrases.of(List.of("total", "total amount"));
        assertEquals(2, totals.endOfFirst(Phrases.words("Total Amount : 40030.00")));
        assertEquals(-1, totals.endOfFirst(Phrases.words("Sub-Tot 12.00")));
    }
}

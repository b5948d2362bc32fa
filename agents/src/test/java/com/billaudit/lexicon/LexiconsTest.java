package com.billaudit.lexicon;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LexiconsTest {

    @Test
    void entriesSkipCommentsAndBlankLinesAndKeepInnerSpaces() {
        assertEquals(List.of("Total of", "Net Amount => payable"),
                Lexicons.parse("# titles\n\n  Total of   \nNet Amount => payable  # the payable row\n"));
    }

    @Test
    void aMissingListFailsLoudly() {
        assertThrows(IllegalStateException.class, () -> Lexicons.of("xx-XX", "nothing"));
    }
}

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
    void anEscapedHashIsPrintedNotAComment() {
        assertEquals(List.of("no #", "S.No#"), Lexicons.parse("no \\# # a number sign\nS.No\\#\n"));
    }

    @Test
    void aLineReferenceWordIsListed() {
        assertEquals(true, Lexicons.shared("line-reference-words").contains("#"));
        assertEquals(true, Lexicons.shared("line-reference-words").contains("line"));
    }

    @Test
    void kindsAndSectionsGroupTheirWords() {
        assertEquals(List.of("of", "the", "in", "&", "and", "per"), Lexicons.kind("table-words", "title-connector"));
        assertEquals(List.of("gross"), Lexicons.sections("column-titles").get("amount-qualifier").subList(2, 3));
    }

    @Test
    void aMissingListFailsLoudly() {
        assertThrows(IllegalStateException.class, () -> Lexicons.of("xx-XX", "nothing"));
    }
}

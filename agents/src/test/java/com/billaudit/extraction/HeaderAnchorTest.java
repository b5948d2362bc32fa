package com.billaudit.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A header carried from an earlier page, moved to where a later page prints it again, garbled. */
class HeaderAnchorTest {

    /** As page one prints it; OCR's layout text of page two runs 6 % narrower, and garbles three titles. */
    private static final String PAGE_ONE = "DATE          DESCRIPTION                                Pooiece     QTY,     RATE.  DISCOUNT    AMOUNT    COMPANY";
    private static final String PAGE_TWO = "DATE         DESCRIPTION                              oes        Qry.     RATE   O6SCOUNT    AMOUNT    probit";

    @Test
    void movesEveryColumnToWhereTheTitlesItStillSpellsStand() {
        TableHeader carried = HeaderReader.read(PAGE_ONE).orElseThrow();
        assertTrue(HeaderReader.repeats(carried, PAGE_TWO));

        TableHeader here = HeaderAnchor.onLine(carried, PAGE_TWO);

        assertEquals(carried.columns().stream().map(Column::role).toList(), here.columns().stream().map(Column::role).toList());
        // the titles read again (Date, Description, Rate, Amount) fix the move; the garbled ones follow it
        List<Integer> printed = List.of(0, 13, 54, 65, 74, 81, 93, 103);
        for (int i = 0; i < printed.size(); i++) {
            Column column = here.columns().get(i);
            assertTrue(Math.abs(column.start() - printed.get(i)) <= 1, column + " stands at " + printed.get(i) + " on page two");
        }
    }

    @Test
    void keepsTheHeaderWhenTheTitlesFoundDisagreeOnOneMove() {
        TableHeader carried = HeaderReader.read(PAGE_ONE).orElseThrow();
        // "AMOUNT" far left of where Rate's move puts it: no single stretch and shift places both
        String scrambled = "DATE DESCRIPTION AMOUNT                                                      RATE";

        assertSame(carried, HeaderAnchor.onLine(carried, scrambled));
    }
}

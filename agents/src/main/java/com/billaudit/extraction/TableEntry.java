package com.billaudit.extraction;

import java.time.LocalDate;
import java.util.List;

/** What one line of a charge table turned out to be, in document order. */
sealed interface TableEntry permits TableEntry.Charge, TableEntry.Text, TableEntry.Break, TableEntry.DateHeading {

    /** A charge row. */
    record Charge(DraftItem draft) implements TableEntry {
    }

    /**
     * A line without amounts: part of a wrapped description, a section heading, or a footer.
     *
     * @param halfLineBelow printed less than a line's height below the line before it, as the
     *                      description's next line beside figures centred on a wrapped block
     */
    record Text(List<Token> tokens, RowCells cells, double confidence, boolean halfLineBelow) implements TableEntry {
    }

    /** Anything a wrapped description cannot cross: a header, a summary row, a page break. */
    record Break() implements TableEntry {
    }

    /** A line that dates the rows under it ("Services on 29.06.25"); it also ends any wrapped description. */
    record DateHeading(LocalDate date) implements TableEntry {
    }
}

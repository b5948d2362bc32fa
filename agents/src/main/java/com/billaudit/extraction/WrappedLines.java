package com.billaudit.extraction;

import com.billaudit.domain.Category;
import com.billaudit.lexicon.Lexicons;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Joins the lines a description wraps onto to their row. A wrapped line belongs to the row above
 * it, unless the table prints its amounts on the last line of a wrapped block: then the line
 * opens the row below (it carries the S.No, date or code, or the row below starts mid-phrase).
 * Section headings, page footers and signatures standing elsewhere are left out.
 */
final class WrappedLines {

    private static final Set<String> CONNECTORS = Set.copyOf(Lexicons.kind("table-words", "wrap-connector"));
    private static final int ALIGNMENT_SLACK = 4;
    private static final double JOINED = 0.95;
    /** A line OCR read with less confidence than this is mostly guesswork. */
    private static final double GUESSWORK = 0.3;

    private final List<TableEntry> entries;
    private final boolean laidOut;
    private final TableHeader header;

    private WrappedLines(List<TableEntry> entries, boolean laidOut, TableHeader header) {
        this.entries = entries;
        this.laidOut = laidOut;
        this.header = header;
    }

    /**
     * @param laidOut whether the document keeps columns apart by position (then a wrapped line must
     *                start under the description column)
     */
    static void join(List<TableEntry> entries, boolean laidOut, TableHeader header) {
        WrappedLines joiner = new WrappedLines(entries, laidOut, header);
        for (int k = 0; k < entries.size(); k++) {
            if (entries.get(k) instanceof TableEntry.Text) {
                int end = k;
                while (end + 1 < entries.size() && entries.get(end + 1) instanceof TableEntry.Text) {
                    end++;
                }
                joiner.attachRun(k, end);
                k = end;
            }
        }
    }

    private void attachRun(int from, int to) {
        DraftItem above = from > 0 && entries.get(from - 1) instanceof TableEntry.Charge c ? c.draft() : null;
        DraftItem below = to + 1 < entries.size() && entries.get(to + 1) instanceof TableEntry.Charge c ? c.draft() : null;
        for (int k = from; k <= to; k++) {
            attach((TableEntry.Text) entries.get(k), above, below, k == from);
        }
    }

    private void attach(TableEntry.Text line, DraftItem above, DraftItem below, boolean underAbove) {
        if (line.confidence() < GUESSWORK && line.tokens().size() >= 4) {
            // what OCR made of a stamp or a smudge beside the table is no part of a description (a short
            // wrap such as "POLYMED" may score low and still be read right)
            return;
        }
        List<Token> words = line.tokens();
        boolean yearBelowDate = RowDates.completeWithYearBelow(above, words);
        if (yearBelowDate) {
            words = words.subList(1, words.size());
        } else if (line.cells().opensRow()) {
            // a line that opens a row keeps its serial number, date and code out of the description
            words = line.cells().description();
        }
        String printed = String.join(" ", words.stream().map(Token::text).toList());
        String content = DescriptionText.clean(printed);
        if (content.isEmpty() || SectionWords.isHeading(content) && !endsTheRowAbove(content, above, below)
                || Sections.isLabelHeading(printed)) {
            return;
        }
        boolean down = !endsBlockAbove(line, above, underAbove) && goesDown(line, above, below);
        DraftItem target = down ? below : above;
        if (target == null || !isAligned(words, target)) {
            return;
        }
        if (down && above == null && !line.cells().opensRow() && !alignedExactly(words, target)) {
            // after a header or a total, a line indented otherwise than the row below ("Blood Bank") heads a section
            return;
        }
        // a strength wrapped alone ("400" under "Tab Brufen") joins only where it stands under the description
        boolean lettered = content.codePoints().anyMatch(Character::isLetter);
        if (!lettered && (!laidOut || target.descriptionStart < 0)) {
            return;
        }
        if (header == null && above == null && !line.cells().opensRow()) {
            // without a header, what precedes the first charge is letterhead, not a wrapped description
            return;
        }
        if (down) {
            target.prepend(content, line.confidence());
            if (target.date == null) {
                target.date = line.cells().date();
                target.time = line.cells().time();
            }
        } else {
            target.append(content, line.confidence());
        }
        target.confidence *= JOINED;
    }

    /**
     * Whether a line worded like a section heading ("BED CHARGES") is the tail of the row above
     * ("GENERAL WARD"): it names what that row charges, and the row below is of another kind.
     */
    private static boolean endsTheRowAbove(String content, DraftItem above, DraftItem below) {
        if (above == null || below == null) {
            return false;
        }
        Category kind = Categories.of(content);
        return kind != Category.OTHER && Categories.of(above.description()) == kind && Categories.of(below.description()) != kind;
    }

    /**
     * Whether the line is the last line of the row above's description block, printed half a line
     * below that row's figures: a row whose figures line holds no description of its own took its
     * description's first line from above, its figures centred on the block.
     */
    private static boolean endsBlockAbove(TableEntry.Text line, DraftItem above, boolean underAbove) {
        return underAbove && above != null && line.halfLineBelow() && above.cells.description().isEmpty()
                && !line.cells().opensRow();
    }

    /** Whether a wrapped line belongs to the row below it (amounts printed on the block's last line). */
    private boolean goesDown(TableEntry.Text line, DraftItem above, DraftItem below) {
        if (below == null) {
            return false;
        }
        if (above == null || line.cells().opensRow()) {
            return true;
        }
        if (below.cells.description().isEmpty() || startsAsTail(below.ownText())) {
            return true;
        }
        boolean tableNumbersRows = header != null && header.has(ColumnRole.SERIAL);
        return tableNumbersRows && below.cells.serial() == null && above.cells.serial() != null;
    }

    /** A wrapped line starts under the description column; a page footer or a signature does not. */
    private boolean isAligned(List<Token> words, DraftItem target) {
        if (!laidOut || words.isEmpty() || target.descriptionStart < 0) {
            return true;
        }
        return Math.abs(words.getFirst().start() - target.descriptionStart) <= ALIGNMENT_SLACK;
    }

    private boolean alignedExactly(List<Token> words, DraftItem target) {
        return !laidOut || words.isEmpty() || target.descriptionStart < 0 || Math.abs(words.getFirst().start() - target.descriptionStart) <= 1;
    }

    /** A description that starts with a lower-case word or with "and"/"with" continues the line above it. */
    static boolean startsAsTail(String description) {
        String text = description.strip();
        if (text.isEmpty()) {
            return false;
        }
        String first = text.split("\\s+")[0];
        // a lone lower-case letter is more often OCR's reading of a capital ("i AND D") than a continuation
        return Character.isLowerCase(text.charAt(0)) && first.length() > 1 || CONNECTORS.contains(first.toLowerCase(Locale.ROOT));
    }
}

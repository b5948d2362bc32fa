package com.billaudit.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The heading each charge row stands under ("PATHOLOGY", "PRESCRIPTION ITEMS:"), reported as the
 * row's section. A line is a heading when it is worded as one (department words, or a short
 * label ending in a colon) and opens rows: charges follow it before any break.
 */
final class Sections {
    /** "PRESCRIPTION ITEMS:", "Procedures & Services:": a few words and a colon, nothing else. */
    private static final Pattern LABEL = Pattern.compile("[\\p{L}&/().-]+(?:\\s+[\\p{L}&/().-]+){0,4}:");

    private Sections() {
    }

    /**
     * @param summaries the table's summary rows: a section ends at its total (a heading OCR could
     *                  not read must not leave the rows below under the section above)
     */
    static void assign(List<TableEntry> entries, List<SummaryRow> summaries) {
        Set<List<Integer>> sectionEnds = new HashSet<>();
        for (SummaryRow r : summaries) {
            if (r.kind() == SummaryKind.SECTION_TOTAL || r.kind() == SummaryKind.SUBTOTAL) {
                sectionEnds.add(List.of(r.bill(), r.itemsAbove()));
            }
        }
        String current = null;
        int bill = 1;
        int charges = 0;
        for (int k = 0; k < entries.size(); k++) {
            TableEntry e = entries.get(k);
            if (e instanceof TableEntry.Text text) {
                String heading = heading(text, entries, k);
                current = heading != null ? heading : current;
            } else if (e instanceof TableEntry.Charge(DraftItem item)) {
                if (item.bill != bill) {
                    // summary rows count the charges of their own bill
                    bill = item.bill;
                    charges = 0;
                    current = null;
                }
                // a heading the scan itself placed (one carrying its section's total, one under an untitled header) stands
                item.section = item.section != null ? item.section : current;
                charges++;
                if (sectionEnds.contains(List.of(bill, charges))) {
                    current = null;
                }
            }
        }
    }

    /** A line with nothing but a short label ending in a colon: a heading over the rows below, never part of a description. */
    static boolean isLabelHeading(String printed) {
        String s = printed.strip();
        return LABEL.matcher(s).matches() && s.codePoints().filter(Character::isLetter).count() >= 3;
    }

    private static String heading(TableEntry.Text text, List<TableEntry> entries, int at) {
        if (text.cells().hasNumbers()) {
            return null;
        }
        String printed = String.join(" ", text.tokens().stream().map(Token::text).toList());
        String content = DescriptionText.clean(printed);
        if (content.isEmpty() || !SectionWords.isHeading(content) && !isLabelHeading(printed)) {
            return null;
        }
        for (int k = at + 1; k < entries.size(); k++) {
            TableEntry next = entries.get(k);
            if (next instanceof TableEntry.Charge) {
                return content.replaceFirst("\\s*:$", "");
            }
            if (!(next instanceof TableEntry.Text)) {
                return null;
            }
        }
        return null;
    }
}

package com.billaudit.extraction;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A charge row while the table is being read: continuation lines may still add to its
 * description, and a date printed once for a group of rows may still be carried onto it.
 */
final class DraftItem {
    /** A line OCR read at least this surely is a clear scan of it. */
    private static final double CLEAR_LINE = 0.85;
    private static final java.util.regex.Pattern FIELD_LABEL = java.util.regex.Pattern.compile("\\p{L}+:");
    final RowCells cells;
    Charge charge;
    final int page;
    /** Whether the row was read by OCR (its printed values may be misread). */
    final boolean ocr;
    final int descriptionStart;
    /** How sure OCR was of the row's own line (1 for a text layer). */
    final double lineConfidence;
    private final List<String> before = new ArrayList<>();
    private final List<String> after = new ArrayList<>();
    LocalDate date;
    /**
     * Whether {@link #date} was inferred rather than read as printed: a garbled cell read as the day its
     * neighbours allow, a clean date read again to keep their order, or such a row's date carried on.
     */
    boolean dateInferred;
    /** The time of day printed beside the row's date, or null. */
    LocalTime time;
    double confidence;
    /** The section heading the row stands under, or null. */
    String section;
    /** Which bill of the upload the row is printed on, 1-based. */
    int bill = 1;
    /** The description as another printing of the same item reads it ({@link RepeatedRows}), or null. */
    private String reading;
    /** Without a header, whether the table's other rows establish which figure is which ({@link RowArithmetic#settle}). */
    boolean columnsEstablished;
    /** Whether a second printing of the amount in the same row disagrees with it or could not be read ({@link TwinAmounts}). */
    boolean readingsDisagree;
    /**
     * Whether the row stands under an Amount column but no amount was read there: its amount is
     * quantity × rate worked out, and on a scan the cell may as well have held a figure OCR lost.
     */
    boolean amountUnread;

    DraftItem(RowCells cells, Charge charge, int page, double lineConfidence) {
        this.cells = cells;
        this.charge = charge;
        this.page = page;
        this.descriptionStart = cells.description().isEmpty() ? -1 : cells.description().getFirst().start();
        this.date = cells.date();
        this.time = cells.time();
        this.confidence = Math.min(lineConfidence, 1.0) * charge.certainty();
        this.ocr = lineConfidence < 1.0;
        this.lineConfidence = lineConfidence;
    }

    /** {@code items} page by page, in page order of first appearance, each page's rows in their order. */
    static Collection<List<DraftItem>> byPage(List<DraftItem> items) {
        Map<Integer, List<DraftItem>> pages = new LinkedHashMap<>();
        for (DraftItem item : items) {
            pages.computeIfAbsent(item.page, p -> new ArrayList<>()).add(item);
        }
        return pages.values();
    }

    void prepend(String text, double lineConfidence) {
        before.add(text);
        confidence = Math.min(confidence, lineConfidence);
    }

    void append(String text, double lineConfidence) {
        after.add(text);
        confidence = Math.min(confidence, lineConfidence);
    }

    /** Takes the reading another, surer printing of the same item gives its description. */
    void readAs(String description) {
        reading = description;
    }

    String description() {
        if (reading != null) {
            return reading;
        }
        List<String> parts = new ArrayList<>(before);
        String own = cells.descriptionText();
        // "Charge: $180.00" under the row's name: the label of the amount, not more of the name
        boolean label = !before.isEmpty() && cells.description().size() == 1 && FIELD_LABEL.matcher(own).matches();
        if (!own.isBlank() && !label) {
            parts.add(own);
        }
        parts.addAll(after);
        return DescriptionText.clean(String.join(" ", parts));
    }

    /**
     * Whether a figure of this OCR'd row is in doubt: its quantity × rate disagrees with its amount
     * on a line OCR was unsure of or whose cells it misread, or its amount was read a second time to
     * make the row agree, or it was never read under the Amount column and is worked out (the row's
     * own figures alone are no independent evidence for the amount; the bill's totals are). A page too unsure to read at all is the
     * legibility review's to flag. A clear scan's disagreement stays the bill's own (an ARITHMETIC finding), not a doubt.
     */
    boolean doubtful() {
        if (placedByNothing()) {
            return true;
        }
        if (!ocr) {
            return false;
        }
        if (readingsDisagree) {
            return true;
        }
        boolean misreadCell = cells.numbers().values().stream().anyMatch(PrintedNumber::repaired)
                || cells.unplaced().stream().anyMatch(PrintedNumber::repaired);
        boolean disagrees = !charge.consistent() && (lineConfidence < CLEAR_LINE || misreadCell);
        return disagrees || charge.amountReread() || amountUnread;
    }

    /**
     * Whether the row's figures stand under no header and its arithmetic confirmed no reading of
     * them, nor do the table's other rows ({@link RowArithmetic}): which is the quantity, the rate
     * and the amount is then a guess, and their disagreeing says nothing about the bill.
     */
    private boolean placedByNothing() {
        return cells.numbers().isEmpty() && cells.unplaced().size() >= 3 && !charge.consistent() && !columnsEstablished;
    }

    /** The last words of the description as printed on the row's own line. */
    String ownText() {
        return cells.descriptionText();
    }
}

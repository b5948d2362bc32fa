package com.billaudit.stressset;

import java.util.List;

/**
 * How a bill is laid out on paper: its columns and their headings, ruling, day groups, sections,
 * page breaks, and totals wording. Chosen at random by {@link LayoutPicker}; every
 * choice is also listed in {@code traits} so failures can be traced back to what caused them.
 */
record Layout(String name, String title, List<Column> columns, Formats formats, Ruling ruling, DayGroups dayGroups,
              boolean sections, boolean sectionTotals, boolean carriedForward, boolean fullHeaderEveryPage,
              boolean pageNumbers, boolean quantityUnits, int descriptionChars, TotalsWords totalsWords,
              boolean amountInWords, boolean centeredHeader, List<String> traits) {

    enum Col { SNO, DATE, CODE, DESCRIPTION, HSN, BATCH, EXPIRY, QTY, MRP, RATE, GST, AMOUNT }

    /** A table column and its printed heading ("\n" splits a heading over two lines). */
    record Column(Col kind, String header) {
        boolean numeric() {
            return kind == Col.QTY || kind == Col.MRP || kind == Col.RATE || kind == Col.AMOUNT || kind == Col.GST || kind == Col.SNO;
        }
    }

    /** GRID rules every row and column; LINES rules above and below the heading and under the table. */
    enum Ruling { GRID, LINES, UNDERLINE, NONE }

    /** Dates once per row, once per day (blank below), or as a heading row above the day's rows. */
    enum DayGroups { NONE, BLANK_REPEATS, HEADING }

    /** The labels of the totals block. */
    record TotalsWords(String subTotal, String grandTotal, String roundOff, String advance, String balance,
                       boolean alwaysSubTotal, boolean subTotalInTable) {
    }

    boolean has(Col kind) {
        return columns.stream().anyMatch(c -> c.kind() == kind);
    }

    boolean dated() {
        return has(Col.DATE) || dayGroups == DayGroups.HEADING;
    }
}

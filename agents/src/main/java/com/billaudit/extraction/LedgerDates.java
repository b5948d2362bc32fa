package com.billaudit.extraction;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Dates of ledger rows OCR garbled, read from the rows around them. An itemised bill prints its
 * charges in date order, so the rows above and below that printed clean dates bracket a garbled
 * row's date. A cell whose pieces ({@link DateCell}) hold a day that agrees with exactly one day of
 * that bracket (as printed, else with one look-alike digit) is that day. Rows above the bill's
 * first clean date or below its last are bracketed by the stay's first or last clean day. When the
 * neighbours disagree (out of order, too far apart) or no day of the bracket agrees, the row keeps
 * what was read before: the neighbours alone never make a date. But a day an earlier repair made of
 * the row's cell (or carried onto it) that falls outside its section's in-order neighbours is no
 * evidence either: the row then has no date, or, printing none, the day of the row above as now read.
 */
final class LedgerDates {

    /** Neighbours further apart than this bracket too many days for a day's digits to tell. */
    private static final int MAX_BRACKET_DAYS = 7;
    /** How many times the readings are taken again between the readings around them. */
    private static final int MAX_PASSES = 4;

    private LedgerDates() {
    }

    /** Reads the garbled date cells of {@code items}, in the order the bill prints them. */
    static void read(List<DraftItem> items) {
        List<LocalDate> before = items.stream().map(i -> i.date).toList();
        List<LocalDate> clean = new ArrayList<>();
        for (DraftItem item : items) {
            clean.add(cleanDate(item));
        }
        List<LocalDate> sorted = clean.stream().filter(Objects::nonNull).sorted().toList();
        if (sorted.isEmpty()) {
            return;
        }
        LocalDate median = sorted.get(sorted.size() / 2);
        List<LocalDate> trusted = inOrder(clean.stream()
                .map(d -> d != null && Math.abs(ChronoUnit.DAYS.between(median, d)) <= RowDates.STAY_DAYS ? d : null).toList());
        // a row read from its neighbours brackets the garbled rows beyond it in turn, and is read again between
        // the rows read around it, until the readings settle
        List<LocalDate> readings = new ArrayList<>(Collections.nCopies(items.size(), (LocalDate) null));
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<LocalDate> neighbours = new ArrayList<>(trusted);
            for (int k = 0; k < items.size(); k++) {
                if (readings.get(k) != null) {
                    neighbours.set(k, readings.get(k));
                }
            }
            List<LocalDate> next = new ArrayList<>();
            for (int k = 0; k < items.size(); k++) {
                next.add(trusted.get(k) == null ? reading(items, neighbours, k) : null);
            }
            if (next.equals(readings)) {
                break;
            }
            readings = next;
        }
        List<LocalDate> known = new ArrayList<>(trusted);
        for (int k = 0; k < items.size(); k++) {
            if (readings.get(k) != null) {
                items.get(k).date = readings.get(k);
                items.get(k).dateInferred = true;
                known.set(k, readings.get(k));
            }
        }
        for (int k = 0; k < items.size(); k++) {
            DraftItem item = items.get(k);
            if (carriedFromChangedRow(items, before, k)) {
                // a row printing no day shares the day of the row above, as that row is now read
                item.date = items.get(k - 1).date;
                item.dateInferred = items.get(k - 1).dateInferred;
                item.confidence *= item.date == null ? RowDates.UNREADABLE : 1;
            } else if (item.date != null && known.get(k) == null && !asRead(item) && outsideBracket(items, known, k, item.date)) {
                // a day an earlier repair made of the row's own cell that the rows around it contradict: no evidence
                // is left for any day. A row printing none shares the day of the row above as now read, if they allow it
                LocalDate above = k > 0 && items.get(k - 1).bill == item.bill ? items.get(k - 1).date : null;
                item.date = !ownCell(item) && above != null && !outsideBracket(items, known, k, above) ? above : null;
                item.dateInferred = item.date != null && items.get(k - 1).dateInferred;
                item.confidence *= item.date == null ? RowDates.UNREADABLE : 1;
            }
        }
    }

    /** Row {@code k} prints no day and was given the day of the row above, which has since been read again or dropped. */
    private static boolean carriedFromChangedRow(List<DraftItem> items, List<LocalDate> before, int k) {
        DraftItem item = items.get(k);
        return k > 0 && !ownCell(item) && item.date != null && items.get(k - 1).bill == item.bill
                && item.date.equals(before.get(k - 1)) && !Objects.equals(items.get(k - 1).date, before.get(k - 1));
    }

    /** The row prints a date cell of its own, read or not. */
    private static boolean ownCell(DraftItem item) {
        return item.cells.date() != null || item.cells.dateCell() != null || item.cells.dateScraps() != null
                || item.cells.partialDate() != null;
    }

    /** The row's date is its own cell's, read cleanly (not repaired, not carried from another row). */
    private static boolean asRead(DraftItem item) {
        return item.date.equals(item.cells.date()) && item.cells.dateCell() == null && item.cells.dateScraps() == null
                && item.cells.partialDate() == null;
    }

    /**
     * Whether {@code date} lies before the nearest known date above row {@code k} in its section or after the nearest
     * below, those two in order: a section's rows never go back in time, whatever section came before.
     */
    private static boolean outsideBracket(List<DraftItem> items, List<LocalDate> known, int k, LocalDate date) {
        LocalDate before = neighbour(items, known, k, -1, true);
        LocalDate after = neighbour(items, known, k, 1, true);
        return before != null && after != null && !after.isBefore(before) && (date.isBefore(before) || date.isAfter(after));
    }

    /**
     * The clean dates without those that break the ledger's order where the dates around them keep it
     * ("24/11/2025" printed for the 21st between the 20th and the 22nd): OCR misread them cleanly.
     */
    private static List<LocalDate> inOrder(List<LocalDate> dates) {
        List<Integer> rows = new ArrayList<>();
        for (int k = 0; k < dates.size(); k++) {
            if (dates.get(k) != null) {
                rows.add(k);
            }
        }
        List<LocalDate> present = rows.stream().map(dates::get).toList();
        List<LocalDate> kept = new ArrayList<>(dates);
        for (int i = 0; i < present.size(); i++) {
            if (RowDateOrder.breaksOrder(present, i) && i > 0 && i + 1 < present.size()) {
                kept.set(rows.get(i), null);
            }
        }
        return kept;
    }

    /** The date a row printed cleanly in its own date cell, or null. */
    private static LocalDate cleanDate(DraftItem item) {
        return item.cells.date() != null && item.cells.dateCell() == null ? item.date : null;
    }

    private static LocalDate reading(List<DraftItem> items, List<LocalDate> trusted, int k) {
        DraftItem item = items.get(k);
        if (item.cells.dateCell() == null) {
            return null;
        }
        DateCell cell = DateCell.read(item.cells.dateCell());
        // above the bill's first clean date or below its last, the stay's own first or last day bounds the row
        LocalDate before = neighbour(items, trusted, k, -1, false);
        LocalDate after = neighbour(items, trusted, k, 1, false);
        if (before == null || after == null) {
            List<LocalDate> bill = billDates(items, trusted, items.get(k).bill);
            before = before == null && !bill.isEmpty() ? bill.getFirst() : before;
            after = after == null && !bill.isEmpty() ? bill.getLast() : after;
        }
        if (!cell.dateShaped() || before == null || after == null || after.isBefore(before)
                || ChronoUnit.DAYS.between(before, after) > MAX_BRACKET_DAYS) {
            return null;
        }
        List<LocalDate> bracket = before.datesUntil(after.plusDays(1)).toList();
        // the day as printed first: "22" between the 19th and the 22nd is the 22nd, though a scan's 1 may read as 2
        List<LocalDate> printed = bracket.stream().filter(cell::dayIs).toList();
        List<LocalDate> agreeing = printed.isEmpty() ? bracket.stream().filter(cell::dayAgrees).toList() : printed;
        return agreeing.size() == 1 ? agreeing.getFirst() : null;
    }

    /** The clean dates of bill {@code bill}, earliest first. */
    private static List<LocalDate> billDates(List<DraftItem> items, List<LocalDate> trusted, int bill) {
        List<LocalDate> dates = new ArrayList<>();
        for (int j = 0; j < items.size(); j++) {
            if (items.get(j).bill == bill && trusted.get(j) != null) {
                dates.add(trusted.get(j));
            }
        }
        return dates.stream().sorted().toList();
    }

    /**
     * The nearest date of {@code dates} above ({@code step} -1) or below (+1) row {@code k} on the same bill, and
     * when {@code sameSection} in the same section; null when the bill (or section) ends first.
     */
    private static LocalDate neighbour(List<DraftItem> items, List<LocalDate> dates, int k, int step, boolean sameSection) {
        for (int j = k + step; j >= 0 && j < items.size(); j += step) {
            if (items.get(j).bill != items.get(k).bill
                    || sameSection && !Objects.equals(items.get(j).section, items.get(k).section)) {
                return null;
            }
            if (dates.get(j) != null) {
                return dates.get(j);
            }
        }
        return null;
    }
}

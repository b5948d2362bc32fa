package com.billaudit.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An upload holding a bill's summary (one row per department, totalled) and an itemisation of it
 * on other pages counts each charge once. The summary is recognised by arithmetic, not wording:
 * its rows add up to a total printed under them, and a total printed among the other rows equals
 * one of its rows (the itemisation's "Sub Total 2,650.00" is the summary's "Consultation
 * 2,650.00"). When the itemised rows add up to the summary's total, they are the bill's items;
 * when they fall short (only the first pages of the detail were uploaded), the summary is.
 */
final class SummaryAndItemisation {
    private static final BigDecimal TOLERANCE = BigDecimal.ONE;

    private SummaryAndItemisation() {
    }

    static ScannedDocument settle(ScannedDocument scanned) {
        List<DraftItem> items = scanned.items();
        List<SummaryRow> summaries = scanned.summaries();
        if (items.stream().anyMatch(i -> i.bill != 1)) {
            // several bills in the upload: a summary and its itemisation are one bill's, read as one
            return scanned;
        }
        BigDecimal all = sum(items);
        if (summaries.stream().anyMatch(r -> close(r.amount(), all))) {
            // a total of every row: one bill read once
            return scanned;
        }
        for (SummaryRow total : summaries) {
            int end = total.itemsAbove();
            boolean totalKind = total.kind() == SummaryKind.SUBTOTAL || total.kind() == SummaryKind.PAYABLE;
            if (!totalKind || end < 2 || end >= items.size()) {
                continue;
            }
            List<DraftItem> summary = items.subList(0, end);
            List<DraftItem> rest = items.subList(end, items.size());
            int page = summary.getFirst().page;
            boolean ownPage = summary.stream().allMatch(i -> i.page == page) && rest.stream().noneMatch(i -> i.page == page);
            if (!ownPage || !close(sum(summary), total.amount()) || !itemised(summary, summaries, end)) {
                continue;
            }
            if (close(sum(rest), total.amount())) {
                return new ScannedDocument(rest, detailRows(summaries, end, rest.size()), scanned.headerFound(), scanned.header());
            }
            if (sum(rest).compareTo(total.amount()) < 0) {
                List<SummaryRow> kept = summaries.stream().filter(r -> r.itemsAbove() <= end).toList();
                return new ScannedDocument(summary, kept, scanned.headerFound(), scanned.header());
            }
        }
        return scanned;
    }

    /** Whether a total printed below the summary equals one of its rows: that row is itemised further on. */
    private static boolean itemised(List<DraftItem> summary, List<SummaryRow> summaries, int end) {
        return summaries.stream()
                .filter(r -> r.itemsAbove() > end && (r.kind() == SummaryKind.SUBTOTAL || r.kind() == SummaryKind.SECTION_TOTAL))
                .anyMatch(r -> summary.stream().anyMatch(i -> i.charge.amount().compareTo(r.amount()) == 0));
    }

    /**
     * The summary rows of a bill whose items are the itemisation: the summary page's discounts,
     * taxes and amounts payable still apply to the bill; its own subtotals are left out.
     */
    private static List<SummaryRow> detailRows(List<SummaryRow> summaries, int end, int itemCount) {
        List<SummaryRow> rows = new ArrayList<>();
        for (SummaryRow r : summaries) {
            if (r.itemsAbove() > end) {
                rows.add(new SummaryRow(r.kind(), r.label(), r.amount(), r.itemsAbove() - end));
            }
        }
        for (SummaryRow r : summaries) {
            boolean subtotal = r.kind() == SummaryKind.SUBTOTAL || r.kind() == SummaryKind.SECTION_TOTAL;
            if (r.itemsAbove() <= end && !subtotal) {
                rows.add(new SummaryRow(r.kind(), r.label(), r.amount(), itemCount));
            }
        }
        return rows;
    }

    private static BigDecimal sum(List<DraftItem> items) {
        return items.stream().map(i -> i.charge.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(TOLERANCE) <= 0;
    }
}

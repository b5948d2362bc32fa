package com.billaudit.extraction;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.PageText;
import com.billaudit.domain.StatedTotals;
import com.billaudit.domain.TextLine;
import com.billaudit.work.Budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pages printed before the first header OCR could read, when their own header was lost (its
 * titles printed white on a dark band): read with the rest, they stand before any header, where
 * only rows proving themselves by three figures count, and most of their charges are missed.
 * Read alone, as a table without a header, they are kept when every bill read there prints a
 * total that its rows add up to: they are then bills of their own, and those after them are
 * numbered on.
 */
final class LeadPages {

    private LeadPages() {
    }

    /**
     * @param scanned what the pass over the whole document read
     * @param scan    the pass, run again over the lead pages alone
     */
    static ScannedDocument readAlone(DocumentText text, ScannedDocument scanned, Function<DocumentText, ScannedDocument> scan,
                                     Budget budget) {
        int headerPage = firstHeaderPage(text, budget);
        if (headerPage <= 0) {
            return scanned;
        }
        List<PageText> lead = text.pages().subList(0, headerPage);
        Set<Integer> leadPages = lead.stream().map(PageText::number).collect(Collectors.toSet());
        ScannedDocument alone = scan.apply(new DocumentText(lead));
        long readBefore = scanned.items().stream().filter(i -> leadPages.contains(i.page)).count();
        if (alone.items().size() <= readBefore || !totalled(alone)) {
            return scanned;
        }
        int leadBills = alone.items().stream().mapToInt(i -> i.bill).max().orElse(0);
        List<DraftItem> items = new ArrayList<>(alone.items());
        for (DraftItem item : scanned.items()) {
            if (!leadPages.contains(item.page)) {
                item.bill += leadBills;
                items.add(item);
            }
        }
        List<SummaryRow> summaries = new ArrayList<>(alone.summaries());
        scanned.summaries().forEach(r -> summaries.add(new SummaryRow(r.kind(), r.label(), r.amount(), r.itemsAbove(), r.bill() + leadBills)));
        return new ScannedDocument(items, summaries, scanned.headerFound(), scanned.header());
    }

    /** The index of the first page printing a header line, or -1 when none does. */
    private static int firstHeaderPage(DocumentText text, Budget budget) {
        for (int p = 0; p < text.pages().size(); p++) {
            for (TextLine line : text.pages().get(p).lines()) {
                budget.check();
                if (HeaderReader.read(line.text()).isPresent()) {
                    return p;
                }
            }
        }
        return -1;
    }

    /** Whether every bill read prints a total its rows come to. */
    private static boolean totalled(ScannedDocument alone) {
        for (int bill : alone.items().stream().map(i -> i.bill).distinct().toList()) {
            List<DraftItem> items = alone.items().stream().filter(i -> i.bill == bill).toList();
            List<SummaryRow> rows = alone.summaries().stream().filter(r -> r.bill() == bill).toList();
            StatedTotals stated = StatedTotalsReader.read(rows, items.size());
            if (!SumReconciler.confirmed(items, stated)) {
                return false;
            }
        }
        return true;
    }
}

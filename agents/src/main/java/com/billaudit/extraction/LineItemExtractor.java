package com.billaudit.extraction;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentText;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.StatedTotals;
import com.billaudit.locale.LocaleDetector;
import com.billaudit.work.Budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rules-mode extraction: finds the charge table in the text and reads its rows and totals. */
public final class LineItemExtractor {
    private final LocaleDetector locales = new LocaleDetector();

    public Bill extract(DocumentText text, DocumentType type) {
        return extract(text, type, Budget.unbounded());
    }

    /** @param budget checked line by line: extraction stops with {@link Budget.Exhausted} when it is spent */
    public Bill extract(DocumentText text, DocumentType type, Budget budget) {
        if (type == DocumentType.NOT_A_BILL) {
            return Bill.notABill();
        }
        return ReadingLocale.within(locales.detect(text), () -> read(text, type, budget));
    }

    private Bill read(DocumentText text, DocumentType type, Budget budget) {
        ScannedDocument scanned = SummaryAndItemisation.settle(TableScanner.scan(text, budget));
        StatedTotals read = TaxInclusion.settle(StatedTotalsReader.read(scanned.summaries(), scanned.items().size()),
                scanned.items(), scanned.summaries());
        StatedTotals stated = RoundOffs.settle(SumReconciler.settleRupeeSigns(scanned.items(), read), scanned.items(), scanned.summaries());
        SumReconciler.reconcile(scanned.items(), stated);
        return new Bill(type, BillDates.find(text), lineItems(scanned.items()), stated);
    }

    private static List<LineItem> lineItems(List<DraftItem> drafts) {
        List<LineItem> items = new ArrayList<>();
        for (DraftItem d : drafts) {
            String description = d.description();
            String code = d.cells.code();
            Optional<CodeSystems.Split> named = code == null ? CodeSystems.split(description) : Optional.empty();
            if (named.isPresent()) {
                code = named.get().code();
                description = named.get().description();
            }
            Charge c = d.charge;
            items.add(new LineItem(items.size() + 1, description, d.date, plain(c.quantity()), c.unitPrice(), c.amount(),
                    Categories.of(description), d.page, Math.round(d.confidence * 100) / 100.0, null)
                    .placed(code, null, 1));
        }
        return items;
    }

    /** A quantity as people write it: 3 rather than 3.00, 0.5 rather than 0.50. */
    private static BigDecimal plain(BigDecimal quantity) {
        BigDecimal q = quantity.stripTrailingZeros();
        return q.scale() < 0 ? q.setScale(0) : q;
    }
}

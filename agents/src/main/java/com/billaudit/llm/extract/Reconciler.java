package com.billaudit.llm.extract;

import com.billaudit.domain.Bill;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.PrintedBill;
import com.billaudit.domain.StatedTotals;
import com.billaudit.llm.extract.Reconciliation.Basis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges the rules' rows with the grounded LLM rows. Rows both found keep the rules' numbers;
 * rows only one side found are kept, the LLM's slotted in document order; when the stated total
 * is matched by one side's rows and not by the union, that side's rows are the bill. The rules'
 * reading of the upload stays: its bills, currency, locale and review, and each rules row's code,
 * section, bill and uncertainty; a row only the LLM found joins the bill and section of the rules
 * row before it on its page.
 */
public final class Reconciler {

    private final BigDecimal totalTolerance;

    /** @param totalTolerance how far a row sum may be from the stated total and still match it */
    public Reconciler(BigDecimal totalTolerance) {
        this.totalTolerance = totalTolerance;
    }

    public Reconciliation reconcile(Bill rulesBill, List<LineItem> groundedLlm, StatedTotals llmStated, int dropped) {
        List<LineItem> rules = rulesBill.items();
        RowPairing pairing = RowPairing.of(rules, groundedLlm);
        List<MergedRow> union = MergedRow.merge(rules, groundedLlm, pairing);
        StatedTotals stated = fill(rulesBill.stated(), llmStated);
        Basis basis = basis(union, rules, groundedLlm, stated);
        List<MergedRow> chosen = union.stream().filter(row -> row.belongsTo(basis)).toList();
        Bill bill = new Bill(rulesBill.type(), rulesBill.billDate(), indexed(placed(chosen)), stated,
                printedBills(rulesBill, stated), rulesBill.currency(), rulesBill.locale(), rulesBill.review());
        return new Reconciliation(bill, count(chosen, MergedRow.Origin.BOTH), count(chosen, MergedRow.Origin.LLM),
                count(chosen, MergedRow.Origin.RULES), dropped, basis);
    }

    private Basis basis(List<MergedRow> union, List<LineItem> rules, List<LineItem> llm, StatedTotals stated) {
        if (matchesTotal(sum(union.stream().map(MergedRow::item).toList()), stated)) {
            return Basis.UNION;
        }
        if (matchesTotal(sum(rules), stated)) {
            return Basis.RULES;
        }
        return matchesTotal(sum(llm), stated) ? Basis.LLM : Basis.UNION;
    }

    private boolean matchesTotal(BigDecimal rowSum, StatedTotals stated) {
        return within(rowSum, stated.subtotal()) || stated.statedTotal() != null
                && within(rowSum, stated.statedTotal().add(orZero(stated.discount())).subtract(orZero(stated.tax())));
    }

    private boolean within(BigDecimal rowSum, BigDecimal target) {
        return target != null && rowSum.subtract(target).abs().compareTo(totalTolerance) <= 0;
    }

    private static StatedTotals fill(StatedTotals rules, StatedTotals llm) {
        return new StatedTotals(first(rules.subtotal(), llm.subtotal()), first(rules.discount(), llm.discount()),
                first(rules.tax(), llm.tax()), first(rules.statedTotal(), llm.statedTotal()));
    }

    private static BigDecimal first(BigDecimal preferred, BigDecimal fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? Money.ZERO : value;
    }

    private static BigDecimal sum(List<LineItem> items) {
        return items.stream().map(LineItem::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    /** A single bill's summary rows are the filled ones; several bills keep their own. */
    private static List<PrintedBill> printedBills(Bill rulesBill, StatedTotals stated) {
        List<PrintedBill> bills = rulesBill.bills();
        if (bills.size() != 1) {
            return bills;
        }
        PrintedBill only = bills.getFirst();
        StatedTotals kept = only.stated() == null ? StatedTotals.NONE : only.stated();
        StatedTotals filled = new StatedTotals(stated.subtotal(), stated.discount(), stated.tax(), stated.statedTotal(),
                kept.taxIncluded(), kept.roundOff());
        return List.of(new PrintedBill(only.index(), only.pages(), only.number(), only.date(), only.seller(), filled));
    }

    /** Rows only the LLM found take the bill and section of the rules row before them on the same page. */
    private static List<LineItem> placed(List<MergedRow> rows) {
        List<LineItem> items = new ArrayList<>();
        LineItem lastRules = null;
        for (MergedRow row : rows) {
            LineItem item = row.item();
            if (row.origin() != MergedRow.Origin.LLM) {
                lastRules = item;
            } else if (lastRules != null && lastRules.page() == item.page()) {
                item = item.placed(item.code(), lastRules.section(), lastRules.bill());
            } else {
                item = item.placed(item.code(), null, firstBillOnPage(rows, item.page()));
            }
            items.add(item);
        }
        return items;
    }

    private static int firstBillOnPage(List<MergedRow> rows, int page) {
        return rows.stream().filter(r -> r.origin() != MergedRow.Origin.LLM && r.item().page() == page)
                .mapToInt(r -> r.item().bill()).findFirst().orElse(1);
    }

    private static List<LineItem> indexed(List<LineItem> rows) {
        List<LineItem> items = new ArrayList<>();
        for (LineItem row : rows) {
            items.add(row.withIndex(items.size() + 1));
        }
        return items;
    }

    private static int count(List<MergedRow> rows, MergedRow.Origin origin) {
        return (int) rows.stream().filter(row -> row.origin() == origin).count();
    }
}

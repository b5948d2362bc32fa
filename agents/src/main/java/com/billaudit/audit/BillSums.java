package com.billaudit.audit;

import com.billaudit.domain.BillTotals;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.PrintedBill;
import com.billaudit.domain.StatedTotals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One printed bill of the upload with its own lines and what they add up to: the one place that
 * says how a bill's total is computed (contract 1.1): its lines − discount + tax (unless printed as
 * included in the amounts) + round-off.
 *
 * @param bill  the bill as printed (its summary rows)
 * @param items its line items, in document order
 */
public record BillSums(PrintedBill bill, List<LineItem> items) {
    public BillSums {
        items = List.copyOf(items);
    }

    /**
     * The upload's bills, each with its lines; with no bills listed, the whole upload is one bill
     * with {@code stated} as its summary rows.
     */
    public static List<BillSums> of(List<LineItem> items, List<PrintedBill> bills, StatedTotals stated) {
        if (bills == null || bills.isEmpty()) {
            StatedTotals printed = stated == null ? StatedTotals.NONE : stated;
            return of(items, List.of(PrintedBill.whole(pages(items), null, printed)));
        }
        return of(items, bills);
    }

    /**
     * The upload's bills, each with its lines. A line naming a bill the reading did not list gets a
     * bill of its own with no summary rows, so no line is ever left out of the totals.
     */
    private static List<BillSums> of(List<LineItem> items, List<PrintedBill> bills) {
        Map<Integer, PrintedBill> printed = new LinkedHashMap<>();
        bills.stream().sorted(Comparator.comparingInt(PrintedBill::index)).forEach(b -> printed.putIfAbsent(b.index(), b));
        Map<Integer, List<LineItem>> lines = new LinkedHashMap<>();
        printed.keySet().forEach(index -> lines.put(index, new ArrayList<>()));
        for (LineItem item : items) {
            lines.computeIfAbsent(item.bill(), index -> new ArrayList<>()).add(item);
        }
        List<BillSums> out = new ArrayList<>();
        lines.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> out.add(new BillSums(
                printed.getOrDefault(entry.getKey(), unlisted(entry.getKey(), entry.getValue())), entry.getValue())));
        return out;
    }

    private static PrintedBill unlisted(int index, List<LineItem> items) {
        return new PrintedBill(index, pages(items), null, null, null, StatedTotals.NONE);
    }

    private static List<Integer> pages(List<LineItem> items) {
        return items.stream().map(LineItem::page).distinct().sorted().toList();
    }

    public int index() {
        return bill.index();
    }

    public StatedTotals stated() {
        return bill.stated() == null ? StatedTotals.NONE : bill.stated();
    }

    public BigDecimal lines() {
        return items.stream().map(Charges::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    public BigDecimal discount() {
        return orZero(stated().discount());
    }

    public BigDecimal tax() {
        return orZero(stated().tax());
    }

    public BigDecimal roundOff() {
        return orZero(stated().roundOff());
    }

    /** What the bill should ask for: tax printed as included in the amounts is not added again. */
    public BigDecimal computedTotal() {
        BigDecimal addedTax = stated().taxIncluded() ? Money.ZERO : tax();
        return Money.scaled(lines().subtract(discount()).add(addedTax).add(roundOff()));
    }

    /** The printed total, or null. */
    public BigDecimal statedTotal() {
        return Money.scaled(stated().statedTotal());
    }

    /** Whether a printed subtotal equals its lines: every row of the bill was read. */
    public boolean subtotalConfirmsLines(BigDecimal tolerance) {
        BigDecimal subtotal = stated().subtotal();
        return subtotal != null && Money.scaled(subtotal).subtract(lines()).abs().compareTo(tolerance) <= 0;
    }

    /** Whether any of its lines was read unsure and not confirmed. */
    public boolean anyUncertain() {
        return items.stream().anyMatch(LineItem::uncertain);
    }

    public BillTotals totals() {
        return new BillTotals(bill.index(), bill.pages(), bill.number(), bill.date(), bill.seller(), Money.scaled(lines()),
                discount(), tax(), stated().taxIncluded(), roundOff(), statedTotal());
    }

    /** The upload's stated total: the bills' own totals summed when every bill prints one, else {@code printed}'s. */
    static BigDecimal statedTotal(List<BillSums> bills, StatedTotals printed) {
        if (bills.size() > 1 && bills.stream().map(BillSums::statedTotal).allMatch(Objects::nonNull)) {
            return bills.stream().map(BillSums::statedTotal).reduce(Money.ZERO, BigDecimal::add);
        }
        if (bills.size() == 1 && bills.getFirst().statedTotal() != null) {
            return bills.getFirst().statedTotal();
        }
        return Money.scaled(printed.statedTotal());
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? Money.ZERO : Money.scaled(value);
    }
}

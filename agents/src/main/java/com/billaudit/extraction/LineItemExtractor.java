package com.billaudit.extraction;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentText;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.PrintedBill;
import com.billaudit.domain.Review;
import com.billaudit.domain.StatedTotals;
import com.billaudit.locale.LocaleDetector;
import com.billaudit.locale.LocaleEvidence;
import com.billaudit.work.Budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Rules-mode extraction: finds the charge table in the text and reads its rows and totals. */
public final class LineItemExtractor {
    private final LocaleDetector locales = new LocaleDetector();

    /** How many other rows a bill needs before one row outweighing them all is in doubt. */
    private static final int OUTLIER_COMPANY = 4;
    /** How many times its bill's median row a row may be before its amount is out of scale (a surgery among consumables is ~3,000). */
    private static final BigDecimal OUT_OF_SCALE = BigDecimal.valueOf(10_000);

    public Bill extract(DocumentText text, DocumentType type) {
        return extract(text, type, Budget.unbounded());
    }

    /** @param budget checked line by line: extraction stops with {@link Budget.Exhausted} when it is spent */
    public Bill extract(DocumentText text, DocumentType type, Budget budget) {
        return extract(text, null, type, budget);
    }

    /**
     * @param evidence the locale evidence already weighed on {@code text} (null: weigh it here); a
     *                 delimited text laid out in columns is weighed again as laid out
     * @param budget   checked line by line: extraction stops with {@link Budget.Exhausted} when it is spent
     */
    public Bill extract(DocumentText text, LocaleEvidence evidence, DocumentType type, Budget budget) {
        if (type == DocumentType.NOT_A_BILL) {
            return Bill.notABill();
        }
        DocumentText laidOut = DelimitedText.aligned(text);
        LocaleEvidence printedIn = evidence != null && laidOut == text ? evidence : locales.weigh(laidOut);
        return ReadingLocale.within(printedIn.locale(), () -> LineMemo.within(() -> read(laidOut, type, budget)));
    }

    private Bill read(DocumentText text, DocumentType type, Budget budget) {
        ScannedDocument scanned = SummaryAndItemisation.settle(TableScanner.scan(text, budget));
        TwinAmounts.settle(scanned.items());
        PayerShares.settle(scanned.items());
        RepeatedPrices.settle(scanned.items());
        RepeatedRows.readAlike(scanned.items());
        List<Integer> billNumbers = scanned.items().stream().map(d -> d.bill).distinct().sorted().toList();
        if (billNumbers.size() <= 1) {
            StatedTotals stated = settled(scanned.items(), scanned.summaries());
            Set<Integer> confirmedBills = SumReconciler.confirmed(scanned.items(), stated) ? Set.of(1) : Set.of();
            return new Bill(type, BillDates.find(text), lineItems(scanned.items(), confirmedBills), stated);
        }
        // several bills in one upload: each is totalled and reconciled on its own
        List<PrintedBill> bills = new ArrayList<>();
        Set<Integer> confirmedBills = new HashSet<>();
        for (int b : billNumbers) {
            List<DraftItem> items = scanned.items().stream().filter(d -> d.bill == b).toList();
            List<SummaryRow> summaries = scanned.summaries().stream().filter(r -> r.bill() == b).toList();
            StatedTotals stated = settled(items, summaries);
            if (SumReconciler.confirmed(items, stated)) {
                confirmedBills.add(b);
            }
            bills.add(new PrintedBill(b, items.stream().map(d -> d.page).distinct().sorted().toList(), null, null, null, stated));
        }
        LocalDate billDate = BillDates.find(text);
        return new Bill(type, billDate, lineItems(scanned.items(), confirmedBills), together(bills), bills, null, null, Review.NONE);
    }

    private static StatedTotals settled(List<DraftItem> items, List<SummaryRow> summaries) {
        SectionTotals.reconcile(items, summaries);
        StatedTotals read = TaxInclusion.settle(StatedTotalsReader.read(summaries, items.size()), items, summaries);
        StatedTotals stated = RoundOffs.settle(SumReconciler.settleRupeeSigns(items, read), items, summaries);
        SumReconciler.reconcile(items, stated);
        return stated;
    }

    /** The bills' summary rows added up: a stated total only when every bill prints one. */
    private static StatedTotals together(List<PrintedBill> bills) {
        BigDecimal discount = sum(bills.stream().map(b -> b.stated().discount()).toList());
        BigDecimal tax = sum(bills.stream().map(b -> b.stated().tax()).toList());
        List<BigDecimal> totals = bills.stream().map(b -> b.stated().statedTotal()).toList();
        BigDecimal total = totals.contains(null) ? null : sum(totals);
        boolean included = bills.stream().allMatch(b -> b.stated().taxIncluded());
        return new StatedTotals(null, discount, tax, total, included, sum(bills.stream().map(b -> b.stated().roundOff()).toList()));
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        List<BigDecimal> printed = values.stream().filter(Objects::nonNull).toList();
        return printed.isEmpty() ? null : printed.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** @param confirmedBills the bills whose printed totals confirm their rows: nothing on them is in doubt */
    private static List<LineItem> lineItems(List<DraftItem> drafts, Set<Integer> confirmedBills) {
        List<LineItem> items = new ArrayList<>();
        Set<DraftItem> outliers = outliers(drafts, confirmedBills);
        RowArithmetic.settle(drafts);
        Map<DraftItem, String> codes = CodeColumn.settle(drafts);
        for (DraftItem d : drafts) {
            String description = d.description();
            String code = codes.get(d);
            Optional<CodeSystems.Split> named = code == null ? CodeSystems.split(description) : Optional.empty();
            if (named.isPresent()) {
                code = named.get().code();
                description = named.get().description();
            }
            Charge c = d.charge;
            items.add(new LineItem(items.size() + 1, description, d.date, plain(c.quantity()), c.unitPrice(), c.amount(),
                    Categories.of(description), d.page, Math.round(d.confidence * 100) / 100.0, null)
                    .placed(code, d.section, d.bill)
                    .withTime(d.time)
                    .withDateInferred(d.dateInferred)
                    // a bill's totals confirm its figures, not its words: a figure OCR read as letters stays in doubt
                    .withUncertain((d.doubtful() || outliers.contains(d)) && !confirmedBills.contains(d.bill)
                            || d.ocr && DescriptionText.lettersForFigure(description)));
        }
        return items;
    }

    /**
     * OCR'd rows of a bill no printed total confirms whose amount is out of scale with the bill: it
     * alone outweighs all the bill's other rows together, or it is more than {@link #OUT_OF_SCALE}
     * times the bill's median row. A figure OCR ran together or an id read as an amount (several
     * batch numbers read as rates) is likelier than such a charge, so it is reported as read but
     * not trusted without confirmation.
     */
    private static Set<DraftItem> outliers(List<DraftItem> drafts, Set<Integer> confirmedBills) {
        Map<Integer, List<BigDecimal>> amountsByBill = new HashMap<>();
        for (DraftItem d : drafts) {
            amountsByBill.computeIfAbsent(d.bill, b -> new ArrayList<>()).add(d.charge.amount());
        }
        Map<Integer, BigDecimal> totals = new HashMap<>();
        Map<Integer, BigDecimal> ceilings = new HashMap<>();
        amountsByBill.forEach((bill, amounts) -> {
            totals.put(bill, amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
            List<BigDecimal> sorted = amounts.stream().map(BigDecimal::abs).sorted().toList();
            ceilings.put(bill, sorted.get(sorted.size() / 2).multiply(OUT_OF_SCALE));
        });
        Set<DraftItem> outliers = new HashSet<>();
        for (DraftItem d : drafts) {
            if (!d.ocr || confirmedBills.contains(d.bill) || amountsByBill.get(d.bill).size() <= OUTLIER_COMPANY) {
                continue;
            }
            BigDecimal amount = d.charge.amount();
            BigDecimal rest = totals.get(d.bill).subtract(amount);
            BigDecimal ceiling = ceilings.get(d.bill);
            if (amount.compareTo(rest) > 0 || ceiling.signum() > 0 && amount.abs().compareTo(ceiling) > 0) {
                outliers.add(d);
            }
        }
        return outliers;
    }

    /** A quantity as people write it: 3 rather than 3.00, 0.5 rather than 0.50. */
    private static BigDecimal plain(BigDecimal quantity) {
        BigDecimal q = quantity.stripTrailingZeros();
        return q.scale() < 0 ? q.setScale(0) : q;
    }
}

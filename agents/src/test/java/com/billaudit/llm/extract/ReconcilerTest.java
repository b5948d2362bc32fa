package com.billaudit.llm.extract;

import com.billaudit.domain.Bill;
import com.billaudit.domain.Category;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.PrintedBill;
import com.billaudit.domain.Review;
import com.billaudit.domain.StatedTotals;
import com.billaudit.llm.extract.Reconciliation.Basis;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReconcilerTest {

    private final Reconciler reconciler = new Reconciler(new BigDecimal("1.00"));

    private static LineItem item(String description, String qty, String price, String amount, int page, double conf) {
        return new LineItem(0, description, null, new BigDecimal(qty), Money.of(price), Money.of(amount),
                Category.OTHER, page, conf, null);
    }

    private static Bill bill(StatedTotals stated, LineItem... items) {
        return new Bill(DocumentType.HOSPITAL_BILL, null, List.of(items), stated);
    }

    private static StatedTotals total(String total) {
        return new StatedTotals(null, null, null, Money.of(total));
    }

    private static List<String> descriptions(Reconciliation r) {
        return r.bill().items().stream().map(LineItem::description).toList();
    }

    @Test
    void rowFoundByBothKeepsTheRulesNumbers() {
        var rules = bill(StatedTotals.NONE, item("CBC test", "2", "150", "300", 1, 0.9));
        var llm = List.of(item("CBC test", "1", "300", "300", 1, 0.6));
        var result = reconciler.reconcile(rules, llm, StatedTotals.NONE, 0);
        assertEquals(1, result.agreed());
        assertEquals(new BigDecimal("2"), result.bill().items().getFirst().quantity());
        assertEquals(Money.of("150"), result.bill().items().getFirst().unitPrice());
    }

    @Test
    void llmOnlyRowIsInsertedInDocumentOrder() {
        var rules = bill(StatedTotals.NONE, item("Consultation", "1", "500", "500", 1, 0.9),
                item("X-ray chest", "1", "400", "400", 1, 0.9));
        var llm = List.of(item("Consultation", "1", "500", "500", 1, 0.6),
                item("Blood sugar fasting", "1", "120", "120", 1, 0.6),
                item("X-ray chest", "1", "400", "400", 1, 0.6));
        var result = reconciler.reconcile(rules, llm, StatedTotals.NONE, 0);
        assertEquals(List.of("Consultation", "Blood sugar fasting", "X-ray chest"), descriptions(result));
        assertEquals(List.of(1, 2, 3), result.bill().items().stream().map(LineItem::index).toList());
        assertEquals(1, result.llmOnly());
        assertEquals(0.6, result.bill().items().get(1).confidence());
    }

    @Test
    void llmOnlyRowOnALaterPageGoesAfterEarlierPages() {
        var rules = bill(StatedTotals.NONE, item("Consultation", "1", "500", "500", 1, 0.9),
                item("Pharmacy", "1", "900", "900", 2, 0.9));
        var llm = List.of(item("ICU charges", "1", "8000", "8000", 2, 0.6));
        var result = reconciler.reconcile(rules, llm, StatedTotals.NONE, 0);
        assertEquals(List.of("Consultation", "ICU charges", "Pharmacy"), descriptions(result));
    }

    @Test
    void rulesOnlyRowIsKept() {
        var rules = bill(StatedTotals.NONE, item("Nebulisation", "1", "200", "200", 1, 0.9));
        var result = reconciler.reconcile(rules, List.of(), StatedTotals.NONE, 3);
        assertEquals(1, result.rulesOnly());
        assertEquals(3, result.dropped());
        assertEquals(Basis.UNION, result.basis());
    }

    @Test
    void rulesSetWinsWhenOnlyItMatchesTheStatedTotal() {
        var rules = bill(total("700"), item("Consultation", "1", "500", "500", 1, 0.9),
                item("Dressing", "1", "200", "200", 1, 0.9));
        var llm = List.of(item("Consultation", "1", "500", "500", 1, 0.6),
                item("Consultation fee repeated", "1", "500", "500", 1, 0.6));
        var result = reconciler.reconcile(rules, llm, StatedTotals.NONE, 0);
        assertEquals(Basis.RULES, result.basis());
        assertEquals(List.of("Consultation", "Dressing"), descriptions(result));
    }

    @Test
    void llmSetWinsWhenOnlyItMatchesTheTotalAfterDiscountAndTax() {
        var stated = new StatedTotals(null, Money.of("100"), Money.of("50"), Money.of("1350"));
        var rules = bill(stated, item("Room rent", "1", "1000", "1000", 1, 0.9),
                item("Garbled total line", "1", "1350", "1350", 1, 0.5));
        var llm = List.of(item("Room rent", "1", "1000", "1000", 1, 0.6),
                item("Oxygen per hour", "4", "100", "400", 1, 0.6));
        var result = reconciler.reconcile(rules, llm, StatedTotals.NONE, 0);
        assertEquals(Basis.LLM, result.basis());
        assertEquals(List.of("Room rent", "Oxygen per hour"), descriptions(result));
        assertEquals(0, result.rulesOnly());
    }

    @Test
    void llmSummaryFillsOnlyWhatTheRulesDidNotRead() {
        var rules = bill(new StatedTotals(null, null, null, Money.of("500")));
        var llmStated = new StatedTotals(Money.of("480"), null, Money.of("20"), Money.of("9999"));
        var stated = reconciler.reconcile(rules, List.of(), llmStated, 0).bill().stated();
        assertEquals(Money.of("500"), stated.statedTotal());
        assertEquals(Money.of("20"), stated.tax());
        assertEquals(Money.of("480"), stated.subtotal());
    }

    @Test
    void theRulesReadingOfTheUploadAndItsLinesIsKept() {
        LineItem consultation = item("Consultation", "1", "500", "500", 1, 0.9).placed("C01", "OPD", 1);
        LineItem tablet = item("Tab Dolo 650", "1", "30", "30", 2, 0.5).placed("P7", "Pharmacy", 2).withUncertain(true);
        List<PrintedBill> printed = List.of(
                new PrintedBill(1, List.of(1), "H-1", null, "City Hospital", total("500")),
                new PrintedBill(2, List.of(2), "P-9", null, "Chemist", total("60").withTaxIncluded(true)));
        Review review = new Review(List.of("page 2 is handwritten"));
        var rules = new Bill(DocumentType.HOSPITAL_BILL, null, List.of(consultation, tablet), total("560"), printed,
                "INR", "en-IN", review);
        var llm = List.of(item("Consultation", "1", "500", "500", 1, 0.6), item("Tab Dolo 650", "1", "30", "30", 2, 0.6),
                item("Syp Calpol 60ml", "1", "30", "30", 2, 0.6));

        Bill bill = reconciler.reconcile(rules, llm, StatedTotals.NONE, 0).bill();

        assertEquals(printed, bill.bills());
        assertEquals("INR", bill.currency());
        assertEquals("en-IN", bill.locale());
        assertEquals(review, bill.review());
        LineItem kept = bill.items().get(1);
        assertEquals(List.of("P7", "Pharmacy", 2, true), List.of(kept.code(), kept.section(), kept.bill(), kept.uncertain()));
        LineItem llmOnly = bill.items().get(2);
        assertEquals("Syp Calpol 60ml", llmOnly.description());
        assertEquals(List.of(2, "Pharmacy"), List.of(llmOnly.bill(), llmOnly.section()));
    }

    @Test
    void aSingleBillTakesTheSummaryRowsTheLlmFilledIn() {
        var rules = bill(StatedTotals.NONE.withTaxIncluded(true), item("Consultation", "1", "500", "500", 1, 0.9));
        var llm = List.of(item("Consultation", "1", "500", "500", 1, 0.6));

        Bill bill = reconciler.reconcile(rules, llm, total("500"), 0).bill();

        assertEquals(Money.of("500"), bill.bills().getFirst().stated().statedTotal());
        assertEquals(true, bill.bills().getFirst().stated().taxIncluded());
    }
}

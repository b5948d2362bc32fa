package com.billaudit.audit;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.extraction.LineItemExtractor;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static com.billaudit.testing.ScannedPages.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rows read without a header: the row's own arithmetic places its figures, from OCR layout lines
 * ("confidence|text") shaped like a scanned hospital ledger's continuation pages, through to the
 * ARITHMETIC rule.
 */
class HeaderlessRowArithmeticTest {

    private final LineItemExtractor extractor = new LineItemExtractor();
    private final ArithmeticRule rule = new ArithmeticRule();

    /** Order code, description, qty, rate, a discount column of 0, amount; no header on the page. */
    private static final String LEDGER_PAGE = """
            0.80|Name                                              IP No:                                Bill No:
            0.92| 1204417         IP CONSULTATION                                    1.00       1,000.00      0         1,000.00
            0.97|                 CHARGES
            0.94| 1304417         IP CONSULTATION                                    1.00       1,000.00      0         1,000.00
            0.96|                 CHARGES
            0.93| 1404421         NURSING CARE                                       2.00         450.00      0           900.00
            0.95| 1504433         OXYGEN PER HOUR                                    3.00         120.50      0           361.50
            0.92|Disclaimer:      All the above dates indicated as Date & Time of the entry only           Page 4 of 9
            """;

    @Test
    void aDiscountColumnOfNoughtIsNoRateAndTheQuantityLeavesTheDescription() {
        Bill bill = extractor.extract(scan(LEDGER_PAGE), DocumentType.HOSPITAL_BILL);

        assertEquals(4, bill.items().size(), bill.items().toString());
        LineItem first = bill.items().getFirst();
        assertEquals(0, BigDecimal.ONE.compareTo(first.quantity()), first.toString());
        assertEquals(Money.of("1000.00"), first.unitPrice());
        assertEquals(Money.of("1000.00"), first.amount());
        assertFalse(first.description().contains("1.00"), first.description());
        assertTrue(first.description().contains("IP CONSULTATION"), first.description());
        LineItem oxygen = bill.items().get(3);
        assertEquals(0, new BigDecimal("3").compareTo(oxygen.quantity()), oxygen.toString());
        assertEquals(Money.of("120.50"), oxygen.unitPrice());
        assertTrue(bill.items().stream().noneMatch(LineItem::uncertain), bill.items().toString());
        assertTrue(rule.apply(Bills.input(bill.items())).stream().noneMatch(f -> f.type() == FindingType.ARITHMETIC));
    }

    /** Figures no reading makes agree, with no header to place them: reported as read, in doubt, no finding. */
    @Test
    void figuresNoReadingConfirmsStayAsReadAndInDoubt() {
        String page = """
                0.92| 1204417         IP CONSULTATION                                    1.00       1,000.00      0         1,000.00
                0.93| 1404421         NURSING CARE                                       2.00         450.00     75         1,300.00
                """;
        Bill bill = extractor.extract(scan(page), DocumentType.HOSPITAL_BILL);

        LineItem nursing = bill.items().get(1);
        assertEquals(Money.of("1300.00"), nursing.amount());
        assertTrue(nursing.uncertain(), nursing.toString());
        assertFalse(bill.items().getFirst().uncertain());
        assertTrue(rule.apply(Bills.input(bill.items())).stream().noneMatch(f -> f.type() == FindingType.ARITHMETIC));
    }

    /** Three rows establish quantity, rate, amount as the table's columns: the fourth row's disagreement is the bill's. */
    @Test
    void aDisagreementInATableItsOtherRowsPlaceStaysAnArithmeticFinding() {
        String page = """
                0.95| 1204417         IP CONSULTATION                                    1.00       1,000.00         1,000.00
                0.95| 1404421         NURSING CARE                                       2.00         450.00           900.00
                0.95| 1504433         OXYGEN PER HOUR                                    3.00         120.50           361.50
                0.95| 1604433         DRESSING LARGE                                     2.00         150.00           700.00
                """;
        Bill bill = extractor.extract(scan(page), DocumentType.HOSPITAL_BILL);

        LineItem dressing = bill.items().get(3);
        assertEquals(Money.of("150.00"), dressing.unitPrice(), dressing.toString());
        assertEquals(Money.of("700.00"), dressing.amount());
        assertFalse(dressing.uncertain(), dressing.toString());
        var arithmetic = rule.apply(Bills.input(bill.items())).stream().filter(f -> f.type() == FindingType.ARITHMETIC).toList();
        assertEquals(1, arithmetic.size(), arithmetic.toString());
        assertEquals(List.of(4), arithmetic.getFirst().lineItems());
    }

    @Test
    void aGenuineDisagreementUnderAHeaderStaysAnArithmeticFinding() {
        String page = """
                0.97|  Sr   Particulars                      Qty      Rate       Amount
                0.96|  1    Consultation                       1    500.00      1000.00
                0.96|  2    X-Ray Chest PA                     1    250.00       250.00
                0.96|  3    CBC                                1    300.00       300.00
                """;
        Bill bill = extractor.extract(scan(page), DocumentType.HOSPITAL_BILL);

        LineItem consultation = bill.items().getFirst();
        assertEquals(Money.of("500.00"), consultation.unitPrice());
        assertEquals(Money.of("1000.00"), consultation.amount());
        assertFalse(consultation.uncertain());
        var arithmetic = rule.apply(Bills.input(bill.items())).stream().filter(f -> f.type() == FindingType.ARITHMETIC).toList();
        assertEquals(1, arithmetic.size(), arithmetic.toString());
        assertEquals(List.of(1), arithmetic.getFirst().lineItems());
        assertEquals(Money.of("500.00"), arithmetic.getFirst().amount());
    }
}

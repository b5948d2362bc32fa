package com.billaudit.extraction;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.billaudit.extraction.Fixtures.money;
import static com.billaudit.testing.ScannedPages.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A hospital pharmacy's tax invoices, one a day, scanned one to a page: each closes with its own
 * net amount, and the next opens with the same form, one of whose titles OCR garbled.
 */
class InvoicePerPageTest {

    private final LineItemExtractor extractor = new LineItemExtractor();

    private static final String FIRST_DAY = """
            0.95|    INVOICE No               A-0107231                                Date                08/11/2025
            0.90|      QTY    PRODUCT NAME          HSN        PACK         BATCH       EXPIRY    RATE       AMOUNT       CGST      SGST
            0.85|      2      CEFTIROL 1 GM INJ     300490     1 INJ        CS034006    03/26     69.86      139.72       2.50      2.50
            0.85|      2      PANTANYX 40 INJ       300490     1 VIAL       IG25H001M   02/27     53.89      107.78       2.50      2.50
            0.96|    Rupees Two Hundred Forty Seven Only.                                        TOTAL                 235.71
            0.96|    Please bring our Bill while return medicine                                 NET AMT               247.50
            """;

    private static final String NEXT_DAY = """
            0.96|    INVOICE No              A-0107605                              Date              09/11/2025
            0.82|      QTY    PRODUCT NAME          HSN        PACK         BATCH       EXPIRY    RATE       AMOUNT       CGST     sGStT
            0.85|      2      CEFTIROL 1 GM INJ     300490     1 INJ        CS034006    03/26     69.86      139.72       2.50      2.50
            0.85|      2      PANTANYX 40 INJ       300490     1 VIAL       IG25H001M   02/27     53.89      107.78       2.50      2.50
            0.89|    Rupees Two Hundred Forty Seven Only.                                        TOTAL                 235.71
            0.96|    Please bring our Bill while return medicine                                 NET AMT               247.50
            """;

    @Test
    void theSameFormOpeningAfterATotalIsTheNextBillThoughOcrGarbledOneTitle() {
        Bill bill = extractor.extract(scan(FIRST_DAY, NEXT_DAY), DocumentType.PHARMACY_INVOICE);
        List<LineItem> items = bill.items();

        assertEquals(4, items.size(), items.toString());
        assertEquals(List.of(1, 1, 2, 2), items.stream().map(LineItem::bill).toList());
        assertEquals(2, bill.bills().size());
        assertEquals(money("247.50"), bill.bills().get(1).stated().statedTotal());
    }
}

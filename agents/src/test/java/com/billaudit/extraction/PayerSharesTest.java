package com.billaudit.extraction;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.billaudit.extraction.Fixtures.assertItem;
import static com.billaudit.testing.ScannedPages.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An insurance bill that splits every charge between the patient ("Amount", mostly 0.00) and the
 * payer ("Company Amount"), read by OCR: quantities printed "1.0" often lose their point.
 */
class PayerSharesTest {

    private final LineItemExtractor extractor = new LineItemExtractor();

    private static final String PAGE_ONE = """
            0.95|DATE          DESCRIPTION                           QTY.      RATE   DISCOUNT      AMOUNT    COMPANY
            0.90| 12/11/2025    NICU                                   1.0   4,800.00       0.00        0.00    4,800.00
            0.90| 12/11/2025    GRBS                                   2.0     110.00       0.00        0.00      220.00
            0.90| 12/11/2025    WARD CONSUMABLES PER DAY               3.0     200.00       0.00        0.00      600.00
            0.80| 12/11/2025    MONITOR CHARGES                         10     800.00       0.00        0.00      800.00
            0.80| 12/11/2025    NEBULISATION                            20     150.00       0.00        0.00      300.00
            """;

    @Test
    void everyRowChargesBothSharesOnceThePageConfirmsTheSplit() {
        List<LineItem> items = extractor.extract(scan(PAGE_ONE), DocumentType.HOSPITAL_BILL).items();

        assertEquals(5, items.size(), items.toString());
        assertItem(items.get(0), "NICU", "1", "4800", "4800");
        assertItem(items.get(2), "WARD CONSUMABLES PER DAY", "3", "200", "600");
        // "10" and "20" are 1.0 and 2.0 without their points: the two shares and the rate say so
        assertItem(items.get(3), "MONITOR CHARGES", "1", "800", "800");
        assertItem(items.get(4), "NEBULISATION", "2", "150", "300");
        assertTrue(items.subList(1, 5).stream().noneMatch(LineItem::uncertain), items.toString());
    }

    @Test
    void aShareOcrGarbledIsNotAddedToTheCharge() {
        String page = PAGE_ONE + """
                0.60| 13/11/2025    DIETARY SERVICES                       1.0     500.00       0.00        0.00      503410
                """;
        LineItem dietary = extractor.extract(scan(page), DocumentType.HOSPITAL_BILL).items().get(5);

        assertEquals(0, dietary.amount().signum(), dietary.toString());
        assertTrue(dietary.uncertain(), "the amount printed is not quantity × rate: in doubt, not an error of the bill");
    }

    @Test
    void aColumnAfterTheAmountThatIsNoShareLeavesTheAmounts() {
        // a running balance after the amount: no row's amount and balance together are quantity × rate
        String page = """
                0.95|DATE          DESCRIPTION                           QTY.      RATE     AMOUNT     BALANCE
                0.90| 12/11/2025    NICU                                   1.0   4,800.00   4,800.00    4,800.00
                0.90| 12/11/2025    GRBS                                   2.0     110.00     220.00    5,020.00
                0.90| 12/11/2025    WARD CONSUMABLES PER DAY               3.0     200.00     600.00    5,620.00
                0.90| 13/11/2025    MONITOR CHARGES                        1.0     800.00     800.00    6,420.00
                """;
        List<LineItem> items = extractor.extract(scan(page), DocumentType.HOSPITAL_BILL).items();

        assertEquals(4, items.size(), items.toString());
        assertItem(items.get(1), "GRBS", "2", "110", "220");
        assertItem(items.get(3), "MONITOR CHARGES", "1", "800", "800");
    }
}

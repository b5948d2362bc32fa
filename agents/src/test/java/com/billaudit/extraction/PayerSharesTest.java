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
    void aShareReadWithACommaForItsPointIsAddedWhenTheRateGoesIntoIt() {
        // the Qty title OCR garbled ("ary."): no quantity is read, the rate and the two shares say it;
        // several shares lost their point to a comma ("720,00"), as OCR reads a faint print
        String page = """
                0.50|DATE         DESCRIPTION                     ary.     RATE   DISCOUNT    AMOUNT    SUPA
                0.89| 13/11/2025    BILIRUBIN TOTAL - SERUM            1.0    240.00       0.00        0.00     240.00
                0.89| 13/11/2025    CALCIUM - SERUM                    1.0    240.00       0.00        0.00     240.00
                0.91| 13/11/2025    RENAL FUNCTION TEST (RFT)          1.0    720,00       0.00        0.00     720,00
                0.76| 13/11/2025    BLOOD CULTURE AND SENSITIVITY      1.0  1,080.00       0.00        0.00   1,080,00
                0.90| 13/11/2025    THYROID STIMULATING HORMONE        1.0    300.00       0.00        0.00     300.00
                0.88| 20/11/2025    CRP ; C-REACTIVE PROTEIN           1.0    600.00       0.00        0.00     800,00
                """;
        List<LineItem> items = extractor.extract(scan(page), DocumentType.HOSPITAL_BILL).items();

        assertEquals(6, items.size(), items.toString());
        assertItem(items.get(2), "RENAL FUNCTION TEST (RFT)", "1", "720", "720");
        assertItem(items.get(3), "BLOOD CULTURE AND SENSITIVITY", "1", "1080", "1080");
        assertFalse(items.get(2).uncertain(), items.get(2).toString());
        // "800,00" under a rate of 600.00: a share misread, which the rate does not go into, is not added
        assertEquals(0, items.get(5).amount().signum(), items.get(5).toString());
        assertTrue(items.get(5).uncertain(), items.get(5).toString());
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

package com.billaudit.extraction;

import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.billaudit.extraction.Fixtures.assertItem;
import static com.billaudit.testing.ScannedPages.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A final bill whose columns are "Amount  No.Of  TotalAmt": the first amount is what a day or a
 * visit costs, the count how many were charged, the total their product.
 */
class PriceBeforeCountTest {

    private final LineItemExtractor extractor = new LineItemExtractor();

    private static final String PAGE = """
            0.82|     S.No.   PARTICULARS                                 FROM DATE    TO DATE       AMOUNT     NO.OF   TOTALAMT
            0.94|      1      SINGLE A/C                                  21/10/2025   28/10/2025       2750.00   7        19250.00
            0.92|      2      DR ANISH KUMAR JAIN                         21/10/2025   28/10/2025       1200.00   7         8400.00
            0.92|      3      HBSAG                                       22/10/2025   22/10/2025        200.00   1          200.00
            0.93|      4      OXYGEN                                      23/10/2025   24/10/2025       1800.00   14        1800.00
            0.93|      5      NEBULISATION                                26/10/2025   28/10/2025        150.00   4          600.00
            """;

    @Test
    void theAmountBeforeTheCountIsTheUnitPrice() {
        List<LineItem> items = extractor.extract(scan(PAGE), DocumentType.HOSPITAL_BILL).items();

        assertEquals(5, items.size(), items.toString());
        assertItem(items.get(0), "SINGLE A/C", "7", "2750", "19250");
        assertItem(items.get(2), "HBSAG", "1", "200", "200");
        assertItem(items.get(4), "NEBULISATION", "4", "150", "600");
    }

    @Test
    void aSpeckReadAsASecondDigitOfTheCountIsReadAgain() {
        // "14" under No.Of where the price and the total agree: a count of 1 with a speck beside it
        LineItem oxygen = extractor.extract(scan(PAGE), DocumentType.HOSPITAL_BILL).items().get(3);

        assertItem(oxygen, "OXYGEN", "1", "1800", "1800");
    }
}

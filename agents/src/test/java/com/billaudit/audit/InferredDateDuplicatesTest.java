package com.billaudit.audit;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.Finding;
import com.billaudit.domain.LineItem;
import com.billaudit.extraction.LineItemExtractor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.billaudit.audit.Bills.input;
import static com.billaudit.testing.ScannedPages.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A per-day ward charge printed every day of a stay, one day's date garbled by the scan: the reader reads
 * that cell as the day the rows around it allow, which is one of theirs, so the same charge on that day
 * looks billed twice. From the page's words to the findings.
 */
class InferredDateDuplicatesTest {

    /** The admission's day printed in the section above and the second NICU day's below bracket the garbled cell. */
    private static final String STAY = """
            0.49| DATE          DESCRIPTION                                 QTY      RATE      DISCOUNT      AMOUNT
            0.96|  ADMISSION CHARGES
            0.79|  12/11/2025    ADMISSION CHARGE                           1.0     250.00        0.00      250.00
            0.96|  WARD CHARGES
            0.79|  17/19/2025    NICU                                       1.0   4,800.00        0.00    4,800.00
            0.83|  12/11/2025    NICU                                       1.0   4,800.00        0.00    4,800.00
            0.89|  13/11/2025    NICU                                       1.0   4,800.00        0.00    4,800.00
            0.86|  14/11/2025    NICU                                       1.0   4,800.00        0.00    4,800.00
            """;

    private final LineItemExtractor extractor = new LineItemExtractor();
    private final DuplicateRule rule = new DuplicateRule();

    @Test
    void aRowWhoseDayWasReadFromItsNeighboursMakesNoCountedDuplicateWithThem() {
        Bill bill = extractor.extract(scan(STAY), DocumentType.HOSPITAL_BILL);

        assertEquals(5, bill.items().size(), bill.items().toString());
        // "17/19/2025" (the 11th) between the 12th above and below: read as the 12th, the next row's day
        LineItem garbled = bill.items().get(1);
        assertEquals(LocalDate.of(2025, 11, 12), garbled.date(), garbled.toString());
        assertEquals(List.of(false, true, false, false, false), bill.items().stream().map(LineItem::dateInferred).toList());

        List<Finding> findings = rule.apply(input(bill.items()));

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(List.of(3, 2), findings.getFirst().lineItems());
        assertFalse(findings.getFirst().counted(), findings.toString());
        assertEquals(Finding.INFERRED_DATE, findings.getFirst().evidence().get(Finding.NOT_COUNTED_BECAUSE));
    }

    @Test
    void theSameChargePrintedTwiceForADayIsACountedDuplicate() {
        Bill bill = extractor.extract(scan(STAY.replace("17/19/2025", "12/11/2025")), DocumentType.HOSPITAL_BILL);

        assertEquals(5, bill.items().size(), bill.items().toString());
        assertTrue(bill.items().stream().noneMatch(LineItem::dateInferred), bill.items().toString());

        List<Finding> findings = rule.apply(input(bill.items()));

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(List.of(2, 3), findings.getFirst().lineItems());
        assertTrue(findings.getFirst().counted());
    }
}

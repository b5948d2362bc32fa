package com.billaudit.extraction;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.billaudit.extraction.Fixtures.assertItem;
import static com.billaudit.extraction.Fixtures.money;
import static com.billaudit.testing.ScannedPages.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hospital's indoor bill whose column titles ("Service Rendered  Qty  Rate  Amount") are
 * printed white on a grey band OCR does not read, followed by the pharmacy's invoices, whose
 * header it reads: the indoor bill's pages come before any header the document shows.
 */
class LeadPagesTest {

    private final LineItemExtractor extractor = new LineItemExtractor();

    /** The bill number and date band, garbled, with its time of day: no charge. */
    private static final String INDOOR_ONE = """
            0.24|                 5956            [PENS          (RS      1211/2025    i Memell11:42
            0.90|        CALCIUM                                                              1X      150    150.00
            0.89|        DENGUE PROFILE (NS1, IGG, IGM)                                                      900.00
            0.94|        RBS  (BLOOD SUGAR RANDOM)                                            1X       50     50.00
            0.81|       VISIT DR.SURENDRA KUMAR KANWAT (Deluxe Room)                          6X      400   2400.00
            0.86|        DELUXE ROOM CHARGE                                                   6X     3000  18000.00
            0.97|        ADMISSION CHARGE                                                                    100.00
            """;

    private static final String INDOOR_TWO = """
            0.22|               5956           HRBING         (BS     1211/2025    iimeniii}11:42
            0.90|      NEBULIZATION (PER NEBULIZATION                                   14X       50    700.00
            0.96|      MEDICINE CHARGE                                                   1X     5147   5147.00
            0.94|                                                               Total Amount          27447.00
            0.95|                                                               NET PAYABLE  (=)      27447.00
            """;

    private static final String PHARMACY = """
            0.95|      INVOICE No         A-0107131                      Date          07/11/2025
            0.88|      PRODUCT NAME              QTY        RATE       AMOUNT
            0.87|      MEDICATH NO 20              1       60.00        60.00
            0.77|      MONOCEF-1GM INJ             2       66.64       133.28
            0.80|                                    NET AMT           193.28
            """;

    @Test
    void pagesBeforeTheFirstHeaderAreReadAloneWhenTheirTotalConfirmsThem() {
        Bill bill = extractor.extract(scan(INDOOR_ONE, INDOOR_TWO, PHARMACY), DocumentType.HOSPITAL_BILL);
        List<LineItem> items = bill.items();

        assertEquals(10, items.size(), items.toString());
        assertItem(items.get(1), "DENGUE PROFILE (NS1, IGG, IGM)", "1", "900", "900");
        // "6X  400  2400.00": the count with its times sign glued on, then the rate
        assertItem(items.get(3), "VISIT DR SURENDRA KUMAR KANWAT (Deluxe Room)", "6", "400", "2400");
        assertItem(items.get(6), "NEBULIZATION (PER NEBULIZATION", "14", "50", "700");
        assertEquals(money("27447"), items.subList(0, 8).stream().map(LineItem::amount).reduce(money("0"), (a, b) -> a.add(b)));
        assertTrue(items.subList(0, 8).stream().allMatch(i -> i.bill() == 1), items.toString());
        // the pharmacy's invoice is the upload's next bill
        assertItem(items.get(9), "MONOCEF-1GM INJ", "2", "66.64", "133.28");
        assertEquals(2, items.get(9).bill());
        assertEquals(money("27447"), bill.bills().getFirst().stated().statedTotal());
    }

    @Test
    void leadPagesWhoseRowsMissTheirTotalAreLeftToTheStrictReading() {
        // ADMISSION CHARGE lost: the rows read no longer come to the total printed
        String shortOne = INDOOR_ONE.lines().filter(l -> !l.contains("ADMISSION")).map(l -> l + "\n").reduce("", String::concat);
        List<LineItem> items = extractor.extract(scan(shortOne, INDOOR_TWO, PHARMACY), DocumentType.HOSPITAL_BILL).items();

        // before any header only rows proving themselves by their three figures are read
        assertTrue(items.stream().noneMatch(i -> i.description().startsWith("DENGUE")), items.toString());
        assertTrue(items.stream().anyMatch(i -> i.description().startsWith("MONOCEF")), items.toString());
    }
}

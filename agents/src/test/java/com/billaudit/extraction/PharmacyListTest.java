package com.billaudit.extraction;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentText;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.billaudit.extraction.Fixtures.assertItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hospital's pharmacy dispense list, scanned: S.No, date and time, drug name, quantity, batch,
 * expiry, rate, amount, each figure behind a rupee sign OCR reads as a letter or a digit. Its
 * later pages print no header, and OCR garbles serials and dates there.
 */
class PharmacyListTest {

    private final LineItemExtractor extractor = new LineItemExtractor();

    private static final String HEADER = """
            0.95|                                                             IP PHARMACY DIRECT BILLING
            0.78|  Ward                                                                                  Admission Date & Time   10/03/2025 09:12
            0.40|  S.No           Date                                DRUG NAME                         Qty               Batch             Expiry date     Rate             Amount
            0.72|  Dispensed items
            """;

    /** A row whose figures disagree (2 x 13.45 is not 26.70) between a garbled expiry and its quantity. */
    private static final String FIRST_PAGE = HEADER + """
            0.60|   1               10/03/2025 08:55                  ONDANSETRON 2ML INJ                2                4360225           071:69'2027       £13.45           £26.70
            0.63|   2               10/03/2025 08:55                  URINE BAG                                           684321           01/08/2028        361.00           £361.00
            0.66|   3               10/03/2025 08:55                  SURGICAL CAP                       7                BT6S             07/06/2029        12.00            84.00
            0.61|   4               10/03/2025 08:55                  GLOVES STERILE 7 SIZE              2                203              01/05/2028        97.00            194.00
            """;

    /** A page without a header: serials and dates garbled, single-word batch numbers before the figures. */
    private static final String NEXT_PAGE = """
            0.36| leq2               11/3 2025 29-42                   SALINE 100ML BOTTLE                2                 BAZSORS           01/03/2027        £44.90            £89.80
            0.40|  13               113; 72085 23:42                    NIPRO SYRINGE 10ML                 3                 S88G              01/06/2026        25.78             77.34
            0.49|  std              117412025 23:42                      SCALP VEIN SET 22G                 1                 KRAVL             04/03/2026        46.88             46.88
            0.52|  15               1174 (2095 2581                     BISACODYL SUPPOSITORY              2                 SALHOLS           01/08/2027        46.18             92.36
            0.52|  has               114 12025 23:54                     NIPRO SYRINGE 2ML                  5                 AGES              01/04/2028        11.25             56.25
            0.56|   18               11/3/2025 23:51                    FLUCONAZOLE 150 TAB                2                 ABCLZ             01/12/2026        12.66             25.32
            0.35|                                                                                                                                      Dispensed Totat  644.85
            """;

    @Test
    void readsTheDrugNamesOfAPageWithoutItsHeaderWhereTheRowsPrintThem() {
        Bill bill = extractor.extract(scan(FIRST_PAGE, NEXT_PAGE), DocumentType.HOSPITAL_BILL);

        List<LineItem> next = bill.items().stream().filter(i -> i.page() == 2).toList();
        assertEquals(List.of("SALINE 100ML BOTTLE", "NIPRO SYRINGE 10ML", "SCALP VEIN SET 22G", "BISACODYL SUPPOSITORY",
                "NIPRO SYRINGE 2ML", "FLUCONAZOLE 150 TAB"), next.stream().map(LineItem::description).toList());
        assertItem(next.get(1), "NIPRO SYRINGE 10ML", "3", "25.78", "77.34");
        // "Dispensed Totat": the list's total, misread, is no charge
        assertEquals(10, bill.items().size(), bill.items().toString());
    }

    @Test
    void keepsAPrintedAmountAndTheQuantityBeyondAGarbledExpiry() {
        Bill bill = extractor.extract(scan(FIRST_PAGE), DocumentType.HOSPITAL_BILL);

        // "4360225" under Batch is no quantity: the 2 under Qty is; the row disagrees and stays as read, uncertain
        LineItem ondansetron = bill.items().getFirst();
        assertItem(ondansetron, "ONDANSETRON 2ML INJ", "2", "13.45", "26.70");
        assertTrue(ondansetron.uncertain());
        assertItem(bill.items().get(2), "SURGICAL CAP", "7", "12.00", "84.00");
    }

    /** A figure with paise nearest the Qty title, past a garbled expiry: some other column's, never a count. */
    private static final String DECIMAL_UNDER_QTY = HEADER + """
            0.60|   5               10/03/2025 08:55                  CREPE BANDAGE 10CM                 44.63            4360225           071:69'2027       £44.63           £44.63
            """;

    @Test
    void takesNoFigureWithPaiseForAQuantity() {
        Bill bill = extractor.extract(scan(DECIMAL_UNDER_QTY), DocumentType.HOSPITAL_BILL);

        assertItem(bill.items().getFirst(), "CREPE BANDAGE 10CM", "1", "44.63", "44.63");
    }

    private static DocumentText scan(String... pages) {
        List<PageText> read = new ArrayList<>();
        for (String page : pages) {
            List<TextLine> lines = page.lines().map(l -> new TextLine(l.substring(5), Double.parseDouble(l.substring(0, 4)))).toList();
            read.add(new PageText(read.size() + 1, lines, TextSource.OCR, 0.6));
        }
        return new DocumentText(read);
    }
}

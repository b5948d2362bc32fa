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
 * A drugs-and-consumables page that prints each row's amount twice ("Gross  Net", no discount),
 * its long rows on two baselines (description and Gross above; date, batch, expiry, quantity and
 * Net half a row lower), read by OCR: layout lines with confidences in, rows out.
 */
class AmountsPrintedTwiceTest {

    private final LineItemExtractor extractor = new LineItemExtractor();

    private static final String HEADER = """
            0.95|                                   Iss/ret Dt  Batch       Exp Date          Qty      Gross       Net
            0.90|Drugs/Surgical/Consumables
            0.85|   NEEDLE NO.23 1" DISPOVAN (DN23)    10/11/2025 38512N    Aug-30           2 NO       4.88      4.88
            0.85|   TEGADERM 1623 (6*7) 3M T1623       10/11/2025 R0O1250909  Dec-27         1 NO     116.25    116.25
            0.85|   URINE BAG (PAED.)(ROMSON) UPAE     10/11/2025 G25F110053  May-30         2NO       74.00     74.00
            0.85|   GLYCERINE 100 GM (PCI)(GLY1)       10/11/2025 G1506     Sep-27           1NO       80.00     80.00
            """;

    @Test
    void aGarbledAmountTakesItsCleanSecondPrinting() {
        String page = HEADER + """
                0.80|   STERILE GLOVES 6.5 (SURGICARE)                                                   272.82
                0.70|                                      10/11/2025 25G8047    Jun-30          3No.                  89
                0.80|   (SGS65)
                0.80|   STERILE GLOVES 7 (SURGICARE)                                                      181.86
                0.70|                                      10/11/2025 25HO1S2KK  Jul-30          2no                gt 86
                0.80|   (SGS7)
                """;
        Bill bill = extractor.extract(scan(page), DocumentType.HOSPITAL_BILL);

        assertEquals(6, bill.items().size(), bill.items().toString());
        // "89" has no decimals: the Gross printing, read cleanly, is the amount
        assertItem(bill.items().get(4), "STERILE GLOVES 6.5 (SURGICARE) (SGS65)", "3", "90.94", "272.82");
        // "gt 86": letters OCR made of the cell's first digits; the quantity printed with its unit still reads 2
        assertItem(bill.items().get(5), "STERILE GLOVES 7 (SURGICARE) (SGS7)", "2", "90.93", "181.86");
        assertTrue(bill.items().stream().noneMatch(LineItem::uncertain));
    }

    @Test
    void twoCleanPrintingsThatDisagreeLeaveTheRowAsReadAndUncertain() {
        String page = HEADER + """
                0.80|   VEIN O LINE S 100CM EXT.ROMSON                                                  1406.25  4
                0.70|  (VEI1)                             05/11/2025 K25E010002  Apr-30         3NO               406.25
                """;
        Bill bill = extractor.extract(scan(page), DocumentType.HOSPITAL_BILL);

        assertEquals(5, bill.items().size(), bill.items().toString());
        LineItem row = bill.items().get(4);
        // the speck "4" over the Net column does not keep the two halves apart
        assertEquals("3", row.quantity().toPlainString());
        assertEquals(Fixtures.money("406.25"), row.amount(), "nothing says which printing is right: the amount stays as read");
        assertTrue(row.uncertain());
        assertFalse(bill.items().get(0).uncertain(), "rows whose printings agree stay sure");
    }

    @Test
    void aColumnThatDiffersOnCleanRowsIsAFigureOfItsOwn() {
        // services less 8 %: Gross is no second printing of Net, and a row's Net stays as printed
        String page = """
                0.95|                                                          Order Dt.         Qty     Gross       Net
                0.90|   BLOOD SUGAR BY GLUCOMETER                                  13/11/25     1 No      80.00     73.60
                0.90|   LUMBAR PUNCTURE                                            17/11/25     1 No   1,000.00    920.00
                0.90|   WARMING MATTRESS                                           05/11/25     1 No     750.00    690.00
                0.90|   BLOOD GROUPING                                             04/11/25     1 No     100.00     92
                """;
        Bill bill = extractor.extract(scan(page), DocumentType.HOSPITAL_BILL);

        assertEquals(4, bill.items().size(), bill.items().toString());
        assertEquals(Fixtures.money("92.00"), bill.items().get(3).amount());
    }

    @Test
    void aRowWhoseFigureIsGarbledAboveStillJoinsItsLowerHalf() {
        String page = HEADER + """
                0.80|   STERILE GLOVES 7 (SURGICARE)                                                      181-8611
                0.70|                                      11/11/2025 25HOIS2KK  Jun-30          2no                    86
                0.80|   (SGS7)
                """;
        Bill bill = extractor.extract(scan(page), DocumentType.HOSPITAL_BILL);

        assertEquals(5, bill.items().size(), bill.items().toString());
        assertEquals("GLYCERINE 100 GM (PCI)(GLY1)", bill.items().get(3).description(), "the garbled row's words are no wrap of the row above");
        LineItem gloves = bill.items().get(4);
        assertEquals("STERILE GLOVES 7 (SURGICARE) (SGS7)", gloves.description());
        assertEquals("2", gloves.quantity().toPlainString());
        assertTrue(gloves.uncertain(), "its Gross could not be read: nothing confirms the Net");
    }

    @Test
    void anItemsRepeatedPriceAndItsOwnGarbledReadingAgreeOnTheAmount() {
        String page = HEADER + """
                0.80|   STERILE GLOVES 7 (SURGICARE)                                                      181.86
                0.70|                                      10/11/2025 25HO1S2KK  Jul-30          2no               181.86
                0.80|   (SGS7)
                0.80|   STERILE GLOVES 7 (SURGICARE)                                                     7/279
                0.70|                                     11/11/2025 25HO1S2KK  Jul-30          3NO.               999 99
                0.80|   (SGS7)
                0.80|   STERILE GLOVES 7 (SURGICARE)                                                     5555
                0.70|                                     12/11/2025 25HO1S2KK  Jul-30          1NO.                 55.55
                0.80|   (SGS7)
                """;
        Bill bill = extractor.extract(scan(page), DocumentType.HOSPITAL_BILL);

        assertEquals(7, bill.items().size(), bill.items().toString());
        // 3 x 90.93 = 272.79, and "7/279" is that figure with its first digit lost
        assertItem(bill.items().get(5), "STERILE GLOVES 7 (SURGICARE) (SGS7)", "3", "90.93", "272.79");
        assertFalse(bill.items().get(5).uncertain());
        // 1 x 90.93 resembles neither "5555" nor 55.55: the row stays as read, in doubt
        assertEquals(Fixtures.money("55.55"), bill.items().get(6).amount());
        assertTrue(bill.items().get(6).uncertain());
    }

    @Test
    void aReadingResemblesAFigureWithDigitsLostOrOneLookAlikeChanged() {
        assertTrue(RepeatedPrices.resembles("7279", "27279"));
        assertTrue(RepeatedPrices.resembles("77279", "27279"));
        assertTrue(RepeatedPrices.resembles("1818611", "18186"));
        assertFalse(RepeatedPrices.resembles("86", "18186"), "two digits say nothing");
        assertFalse(RepeatedPrices.resembles("99999", "27279"));
        assertFalse(RepeatedPrices.resembles("27244", "27279"), "two digits changed");
    }

    /**
     * A pharmacy cash memo whose printed total confirms every row's figures, but not their words:
     * "IML" on a line that names no medicine form may be a word; "ISTAB" on a tablet's line is 15TAB.
     */
    private static final String MEMO = """
            0.68|     fis f i)  HSNC.  BATCH           EXP   Description                            QTY     RATE    DISC.      AMOUNT    GST%
            0.77|    ah        9018   0325009          04/28  EFIPAE S(EPHEDRINE) IML                2      12.80    0.00          25.60     12
            0.69|   'BOrih  3004  DOBS2990             10/26  DOLO 650 TAB ISTAB                     1       2.28    0.00           2.28     12
            0.81|    B (i;     3002   T393L619         08/26  NEOMOL IV 100ML                        3     522.00    0.00         1566.00     5
            0.84|                                                                                       NET AMT                    1593.88
            """;

    @Test
    void aCountOrStrengthLeftAsLettersLeavesItsRowUncertainThoughTheTotalConfirmsTheFigures() {
        Bill bill = extractor.extract(scan(MEMO), DocumentType.PHARMACY_INVOICE);

        assertEquals(3, bill.items().size(), bill.items().toString());
        assertEquals(List.of(true, false, false), bill.items().stream().map(LineItem::uncertain).toList(),
                "\"IML\" says 1ML or something else: the word stays as read, in doubt");
        assertEquals("EFIPAE S(EPHEDRINE) IML", bill.items().get(0).description());
        assertEquals("DOLO 650 TAB 15TAB", bill.items().get(1).description());
    }
}

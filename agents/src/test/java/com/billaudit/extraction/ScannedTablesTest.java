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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scanned tables read from where their words stand, on small pages shaped like the real ones:
 * OCR layout lines (columns as runs of spaces, each line with OCR's confidence) in, rows out.
 */
class ScannedTablesTest {

    private final LineItemExtractor extractor = new LineItemExtractor();

    /** "Rate x Qty" in one column, section totals closing each section, one amount cell OCR could not read. */
    private static final String RATE_TIMES_QTY = """
            0.90|S.No. Date       Code       Particulars                  si—iti‘;‘;*s*~*~:” CRRate    Qty         Amt (RS)
            0.95| Radiological Investigation
            0.90| 1.   15/11/2025  RI001      2D echocardiography                          1180.00 x 1.00           1180.00
            0.90| 2.   15/11/2025  RI035      X Ray Chest Lateral (one film)                184.00 x 1.00            184.00
            0.95|                                         Total of Radiological Investigation :                 1364.00
            0.95| PATHOLOGY
            0.90|iT    15/11/2025  LB122      GLYCOSYLATED HAEMOGLOBIN                      240.00 x 1.00            240.00
            0.81| 2.   17/11/2025  LBO12      CBC                                           240.00 x 1.00            a
            0.95|                                                    Total of PATHOLOGY :                    480.00
            0.94|                                                           Grand Total :                   1844.00
            """;

    @Test
    void readsRateTimesQuantityAndLeavesSectionTotalsOut() {
        Bill bill = extractor.extract(scan(RATE_TIMES_QTY), DocumentType.HOSPITAL_BILL);

        assertEquals(4, bill.items().size(), bill.items().toString());
        assertItem(bill.items().get(0), "2D echocardiography", "1", "1180.00", "1180.00");
        assertItem(bill.items().get(1), "X Ray Chest Lateral (one film)", "1", "184.00", "184.00");
        // the garbled serial stays out of the description, the code out of it too
        assertItem(bill.items().get(2), "GLYCOSYLATED HAEMOGLOBIN", "1", "240.00", "240.00");
        // the amount OCR read as "a" is quantity × rate, and the bill's total confirms it
        assertItem(bill.items().get(3), "CBC", "1", "240.00", "240.00");
        assertEquals(money("1844.00"), bill.stated().statedTotal());
        assertTrue(bill.items().stream().noneMatch(LineItem::uncertain));
    }

    /** One cash memo per page, the same drugs on each; pages 2 and 3 repeat the header garbled, a stamp's specks beside the rows. */
    private static final String MEMO = """
            0.91|                                                        CASH Memo(IPD)
            0.68|     fis f i)  HSNC.  BATCH           EXP   Description                            QTY     RATE    DISC.      AMOUNT    GST%
            0.76|        HH  i  3004  13825/355        09/28  CANNULA 22 NO                          1     105.00    0.00          105.00     5
            0.77|          if)  3004  D2372509A        07/27  ERIDOT 1.5GM (CEFTRIAXONE              3    1999.00    0.00         5997.00     12
            0.78|    BBE    Gt:  3004  D24AM020G       09/26  ESOMAN 40MG INJ                        2     430.00    0.00         $60.00     12
            0.81|    B (i;     3002   T393L619         08/26  NEOMOL IV 100ML                        3     522.00    0.00         1566.00     5
            0.67|                                                                                 SUB TOTAL:                       7930.00
            0.84|                                                                                       NET AMT                    8528.00
            0.69|                                                                                   BALANCE AMT :                  8528.00
            """;
    private static final String MEMO_AGAIN = """
            0.91|                                                        CASH Memo(IPD)
            0.35|    aM ‘0 ;HSNC.    BATCH     =———SEXP—soDeseription —S—S—~SsS<STYCRAXT          CSS,          AMOUNT    GST%
            0.67|    fg.      3004   D2372509A        07/27  ERIDOT 1.5GM (CEFTRIAXONE              3    1999.00   0.00        5997.00    12
            0.65|     12 t #3004     D24AM020G        09/26  ESOMAN 40MG INJ                        2     430.00   0.00         860.00    12
            0.76|    fies fy  3002   T393L619         08/26  NEOMOL IV 100ML                        1     522.00   0.00         522.00     5
            0.78|                                                                                       NET AMT :                  7379.00
            0.67|                                                                                   BALANCE AMT :                  7379.00
            """;

    @Test
    void splitsAnUploadIntoTheBillsPrintedOnItsPages() {
        Bill bill = extractor.extract(scan(MEMO, MEMO_AGAIN, MEMO_AGAIN), DocumentType.PHARMACY_INVOICE);

        assertEquals(3, bill.bills().size());
        assertEquals(List.of(1, 1, 1, 1, 2, 2, 2, 3, 3, 3), bill.items().stream().map(LineItem::bill).toList());
        // what stands left of the page's descriptions (stamp specks, HSN, batch, expiry) is not description
        assertItem(bill.items().get(0), "CANNULA 22 NO", "1", "105.00", "105.00");
        // "$60.00": the sign OCR made of a digit is the digit that makes the row agree
        assertItem(bill.items().get(2), "ESOMAN 40MG INJ", "2", "430.00", "860.00");
        assertEquals(List.of(money("8528.00"), money("7379.00"), money("7379.00")),
                bill.bills().stream().map(b -> b.stated().statedTotal()).toList());
        // the GST is inside the amounts: each memo's rows add up to its net amount
        assertTrue(bill.bills().stream().noneMatch(b -> b.stated().tax() != null && b.stated().tax().signum() > 0));
    }

    /** A drug row printed on two baselines, a header with no description title, section headings flush left. */
    private static final String TWO_BASELINES = """
            0.96|Paticnt Name                                                Bill Date           19/11/2025
            0.96|                                    Iss/ret Dt  Batch       Exp Date           Qty      Gross       Net
            0.90|Drugs/Medicines
            0.83|   BABY MASSAGE 100ML OIL             04/11/2025 592500965  = Jun-27      1 BOTTLE     124.58     124.58
            0.96|   STERILE WATER FOR INJECTIONS                                                        107.61
            0.93|                                      04/11/2025 1H253397   Jun-28           1 VIAL               107.61
            0.76|   IP 1000ML IV
            0.87|   DEXTROSE 10% 500ML IV FLUID                                                          37.36
            0.83|   AMANTA                             04/11/2025 30250779   Feb-28        1 BOTTLE                 37.36
            0.80|   AQUAPLUS NS 100ML IV               04/11/2025 2501041356  Jul-27       1 BOTTLE      44.90      44.90
            0.96|                                                                            Page 10 of 33
            0.95|                                                                            Printed On 19/11/2025 16:14
            """;

    @Test
    void joinsARowPrintedOnTwoBaselinesAndKeepsHeadingsAndFootersOut() {
        Bill bill = extractor.extract(scan(TWO_BASELINES), DocumentType.HOSPITAL_BILL);

        assertEquals(List.of("BABY MASSAGE 100ML OIL", "STERILE WATER FOR INJECTIONS IP 1000ML IV",
                        "DEXTROSE 10% 500ML IV FLUID AMANTA", "AQUAPLUS NS 100ML IV"),
                bill.items().stream().map(LineItem::description).toList());
        assertEquals(List.of(money("124.58"), money("107.61"), money("37.36"), money("44.90")),
                bill.items().stream().map(LineItem::amount).toList());
        assertTrue(bill.items().stream().allMatch(i -> i.date() != null && i.date().getDayOfMonth() == 4));
        assertEquals(List.of("Drugs/Medicines"), bill.items().stream().map(LineItem::section).distinct().toList(), "the heading the rows stand under");
    }

    /** An interim bill's itemisation page, its footer a disclaimer with the page count printed beside it. */
    private static final String FOOTER_WITH_PAGE_COUNT = """
            0.90|SL.  Service  Service Name                                 Qty/Duration    RefTariff  Dis(%)  Amount
            0.92| 1   19631    IP CONSULTATION                                      1.00     1,000.00     0    1,000.00
            0.97|              CHARGES
            0.92| 2   19631    IP CONSULTATION                                      1.00     1,000.00     0    1,000.00
            0.97|              CHARGES
            0.92|Disclaimer:   "All the above dates indicated as Date & Time of the entry only            Page 3 of 90
            """;

    /** A dated ledger's last row, the footer printing the day the bill was printed and the page count. */
    private static final String DATED_FOOTER = """
            0.90|Date          Service Name                    Qty      Amt
            0.92|19-Nov-2025   TUBE-UNICONNECT-WITH-Y            1     82.03
            0.92|19-Nov-2025   CATHETER-FOLEYS-2WAY-14FR         1     81.38
            0.92|20-Nov-2025   IV-DRESSING-INTRA-SHIELD          1     13.07
            0.93|              GLOVES-SURGICAL-6.5NO             2     42.0
            0.96|                                                            Printed by      on  24-Nov-2025      Page 2 of 7
            """;

    @Test
    void aFooterEndingInThePageCountIsNoRow() {
        List<LineItem> items = extractor.extract(scan(FOOTER_WITH_PAGE_COUNT), DocumentType.HOSPITAL_BILL).items();

        assertEquals(2, items.size(), items.toString());
        assertTrue(items.stream().noneMatch(i -> i.description().contains("Disclaimer")), items.toString());

        // the footer is not the lower half of the row above it: neither its date nor the page count is the row's
        LineItem gloves = extractor.extract(scan(DATED_FOOTER), DocumentType.HOSPITAL_BILL).items().getLast();
        assertItem(gloves, "GLOVES-SURGICAL-6.5NO", "2", "21", "42");
        assertTrue(gloves.date() == null || gloves.date().getDayOfMonth() != 24, gloves.toString());
    }

    /** Titles OCR misread a letter of, a rupee sign read as a mark or a digit, the time printed after each date. */
    private static final String GARBLED_TITLES = """
            0.70| S.No.       erie Group Name                        ova Date           oty          Rete               woe Discount    NetAmount  -
            0.79| LABORATORY CHARGES                                                                                        SubTotal     %1250.00
            0.72| 1            PUS CULTURE & SENSITIVITY              19/11/2025 06:54   1            7700.00            =0.00             700.00
            0.73| 2            Complete Blood Count                   19/11/2025 07:42   1            %450.00            %0.00             450.00
            0.83| 3            URIC ACID - SERUM                      22/11/2025 07:15   1            300.00             70.00             %100.00
            """;

    @Test
    void readsHeadersOcrGarbledAndTheTimesAfterDates() {
        Bill bill = extractor.extract(scan(GARBLED_TITLES), DocumentType.HOSPITAL_BILL);

        assertEquals(3, bill.items().size(), bill.items().toString());
        assertItem(bill.items().get(0), "PUS CULTURE & SENSITIVITY", "1", "700.00", "700.00");
        assertItem(bill.items().get(1), "Complete Blood Count", "1", "450.00", "450.00");
        assertEquals(List.of(19, 19, 22), bill.items().stream().map(i -> i.date().getDayOfMonth()).toList());
        // the heading carries its section's total at the right: it names the section, and is no charge
        assertTrue(bill.items().stream().allMatch(i -> "LABORATORY CHARGES".equals(i.section())));
        // 1 × 300.00 printed as 100.00 on a bill no total confirms: reported as read, and in doubt
        LineItem uric = bill.items().get(2);
        assertEquals(money("100.00"), uric.amount());
        assertTrue(uric.uncertain());
        assertFalse(bill.items().get(0).uncertain());
    }

    /** Row dates OCR garbled: a month digit misread, a year misread, and the time run into the date. */
    private static final String GARBLED_DATES = """
            0.70| S.No.       erie Group Name                        ova Date           oty          Rete               woe Discount    NetAmount  -
            0.79| LABORATORY CHARGES                                                                                        SubTotal     %2550.00
            0.72| 1            PUS CULTURE & SENSITIVITY              19/41/2025 06:54   1            700.00            =0.00             700.00
            0.73| 2            Complete Blood Count                   19/11/2025 07:42   1            %450.00            %0.00             450.00
            0.83| 3            URIC ACID - SERUM                      20/11/2026 07:15   1            300.00             70.00             300.00
            0.83| 4            Renal Function Test                    21/11/2025 07:15   1            800.00             70.00             800.00
            0.80| 5            CALCIUM - TOTAL                        22/11/202507:15    1            350.00             70.00             350.00
            0.83| 6            CBG                                    22/11/2025 07:15   3            100.00             70.00             300.00
            """;

    @Test
    void readsGarbledRowDatesAsTheDayOfTheStayTheyResemble() {
        Bill bill = extractor.extract(scan(GARBLED_DATES), DocumentType.HOSPITAL_BILL);

        assertEquals(6, bill.items().size(), bill.items().toString());
        // "19/41/2025" is the 19th (4 for 1), "20/11/2026" the 20th of the stay's year, "202507:15" a date with its time
        assertEquals(List.of("2025-11-19", "2025-11-19", "2025-11-20", "2025-11-21", "2025-11-22", "2025-11-22"),
                bill.items().stream().map(i -> String.valueOf(i.date())).toList());
    }

    @Test
    void aDateResemblingNoDayOfTheStayStaysUnread() {
        assertEquals(java.util.Optional.empty(), DateRepair.readNumeric("07/03/2019",
                java.time.LocalDate.of(2025, 11, 18), java.time.LocalDate.of(2025, 11, 24)));
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2025, 11, 21)), DateRepair.readNumeric("21/14/2025",
                java.time.LocalDate.of(2025, 11, 18), java.time.LocalDate.of(2025, 11, 24)));
    }

    /** A pharmacy list whose last page goes on with its rows, then prints the header again over an empty returns table. */
    private static final String DISPENSED = """
            0.95|                                                       IP PHARMACY DIRECT BILLING
            0.78|  Ward                                                    Admission Date & Time                        18/11/2025 22:34
            0.60|  S.No.            Date                    DRUG NAME                        Qty        Batch           Expiry Date       Rate              Amount
            0.63|  1                19/11/2025 01:14        UROBAG                           1          684321          01/08/2028        361.00            361.00
            0.60|  2                19/11/2025 01:14        SURGEON CAP                      7          BT 65           07/06/2029        12.00             84.00
            """;
    private static final String DISPENSED_LAST_PAGE = """
            0.57|  3                20/11/2025 17:30        EMESET 2ML INJ                   2          4860240         01/06/2027        13.35             26.70
            0.58|  4                20/11/2025 17:30        FLOW REGULATOR                   1          8368            01/01/2027        600.00            600.00
            0.60|  5                21/11/2025 15:39        RANTAC 150MG TABS                2          BA5151074       03/09/2026        1.36              2.72
            0.35|                                                                                                                    Dispensed Total  1074.42
            0.53|  S.No.            Date                    DRUG NAME                        Qty        Batch           Expiry Date       Rate              Amount
            0.69|  Return items
            0.54|                                                                                                                    Return Total  0.00
            0.46|                                                                                                                    Total  1074.42
            """;

    @Test
    void aHeaderPrintedLowOnAPageLeavesTheRowsAboveItInTheTable() {
        Bill bill = extractor.extract(scan(DISPENSED, DISPENSED_LAST_PAGE), DocumentType.PHARMACY_INVOICE);

        assertEquals(List.of("UROBAG", "SURGEON CAP", "EMESET 2ML INJ", "FLOW REGULATOR", "RANTAC 150MG TABS"),
                bill.items().stream().map(LineItem::description).toList());
        assertEquals(money("1074.42"), bill.stated().statedTotal());
    }

    /** A pharmacy list under a garbled header: its date column's title unread, dates and batches split by OCR into several words. */
    private static final String PHARMACY_LIST = """
            0.28|  BNO        0     fuate                              [DRUG NAME                         oty              [Baten           ‘[Expirydate    [Rete              famount
            0.72|  Dispenced items
            0.63|  1                 19/4 1/2025 01.14                 UROBAG                             1                684321           0108/2028         361.00           361.00
            0.52|  2                19/11/2025 O14                     SURGEON CAP                        7                BT 6S            97062029          12.00            84.00
            0.62|  3                 13/1 1/2025 01:55                 EASY FIX (TRANSPARENT)             1                264              04/03/2028        47.00            47.00
            0.54|  4                 19/11/2025 01:55                  PANTORED 40MG (FUPAN INJ)          2                BGS 7 K          11/06/2027        53.00            106.00
            0.62|  5                 19/11/2025 01:55                  EXAMINATION GLOVES (WHITE          1 4362630        3368                              15.00            150.00
            """;

    @Test
    void leavesLeadingAndTrailingCellsOutOfDescriptionsByWhereThePagesWordsStand() {
        Bill bill = extractor.extract(scan(PHARMACY_LIST), DocumentType.PHARMACY_INVOICE);

        // the date cells (garbled, split) left of where the rows' names start, and the batch and expiry cells
        // the header's order could not place, are not the drug's name
        assertEquals(List.of("UROBAG", "SURGEON CAP", "EASY FIX (TRANSPARENT)", "PANTORED 40MG (FUPAN INJ)", "EXAMINATION GLOVES (WHITE"),
                bill.items().stream().map(LineItem::description).toList());
        assertEquals(List.of(money("361.00"), money("84.00"), money("47.00"), money("106.00"), money("150.00")),
                bill.items().stream().map(LineItem::amount).toList());
        // "1 4362630" under Qty is no count: rate and amount say 10
        assertEquals(0, java.math.BigDecimal.TEN.compareTo(bill.items().get(4).quantity()), bill.items().get(4).toString());
        // "19/4 1/2025" split in two words is still the 19th of the stay
        assertEquals("2025-11-19", String.valueOf(bill.items().getFirst().date()));
    }

    /** Section totals printed in each heading, rupee signs read as marks and as digits in the rows under them. */
    private static final String SECTION_SUBTOTALS = """
            0.70| S.No.       erie Group Name                        ova Date           oty          Rete               woe Discount    NetAmount  -
            0.86| CONSULTATION CHARGES                                                                                      SubTotal     €17000.00
            0.73| 1            DR. A NEPHROLOGIST FEES                24/11/2025 17:25   6            1000.00            0.00             6000.00
            0.78| 2            DR.B CONSULTATION FEES                 24/11/2025 17:25   5            =7000.00           0.00             $5000.00
            0.76| 3            DR C CONSULTATION FEES                 24/11/2025 17:25   6            ¥4000.00           0.00             ¥6000.00
            0.91| ADMISSION CHARGES                                                                                         SubTotal       7100.00
            0.79| 1            IP REGISTRATION FEES                   24/11/2025 17:25   1            100.00             0.00             100.00
            0.83| MRD Charges                                                                                               SubTotal :     %200.00
            0.68| 1            MRD CHARGES                            24/11/2025 17:25   1            200.00             70.00            %260.00
            0.70|                                                                                                Total Gross Amount:         17300.00
            """;

    @Test
    void choosesBetweenReadingsOfARowByItsSectionsPrintedTotal() {
        Bill bill = extractor.extract(scan(SECTION_SUBTOTALS), DocumentType.HOSPITAL_BILL);

        assertEquals(5, bill.items().size(), bill.items().toString());
        // "$5000.00" read as 55000.00: the section's total says the sign was a rupee sign; the rate "=7000.00" was 1000.00
        assertItem(bill.items().get(1), "DR.B CONSULTATION FEES", "5", "1000.00", "5000.00");
        // the amount was read right; the total confirms it, and the rate misread 4 for 1
        assertItem(bill.items().get(2), "DR C CONSULTATION FEES", "6", "1000.00", "6000.00");
        // a one-row section: 1 × 200.00 is what its total of 200.00 says, not the 260.00 OCR read
        assertItem(bill.items().get(4), "MRD CHARGES", "1", "200.00", "200.00");
        assertEquals(money("17300.00"), bill.items().stream().map(LineItem::amount).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
    }

    @Test
    void aSectionThatAddsUpNoSingleWayIsLeftAsRead() {
        String ambiguous = """
                0.70| S.No.       erie Group Name                        ova Date           oty          Rete               woe Discount    NetAmount  -
                0.86| LAB CHARGES                                                                                               SubTotal     700.00
                0.73| 1            TEST ONE                               24/11/2025 17:25   1            300.00             0.00             7300.00
                0.78| 2            TEST TWO                               24/11/2025 17:25   1            300.00             0.00             7300.00
                0.73| 3            TEST THREE                             24/11/2025 17:25   1            100.00             0.00             100.00
                0.86| ROOM CHARGES                                                                                              SubTotal     500.00
                0.73| 1            ROOM                                   24/11/2025 17:25   1            500.00             0.00             500.00
                """;
        Bill bill = extractor.extract(scan(ambiguous), DocumentType.HOSPITAL_BILL);

        // either 7300.00 may be the one whose sign was read as a 7; the total cannot say which, so neither is changed by it
        assertTrue(bill.items().stream().limit(2).map(LineItem::amount).allMatch(a -> a.compareTo(money("300.00")) == 0)
                || bill.items().stream().limit(2).map(LineItem::amount).allMatch(a -> a.compareTo(money("7300.00")) == 0),
                bill.items().toString());
    }

    @Test
    void aClearScansOwnArithmeticStaysTheBills() {
        String clear = """
                0.97|  Sr   Particulars                      Qty      Rate       Amount
                0.96|  1    Consultation                       1    500.00      1000.00
                0.96|  2    X-Ray Chest PA                     1    250.00       250.00
                0.96|  3    CBC                                1    300.00       300.00
                """;
        Bill bill = extractor.extract(scan(clear), DocumentType.HOSPITAL_BILL);

        assertItem(bill.items().getFirst(), "Consultation", "1", "500.00", "1000.00");
        assertFalse(bill.items().getFirst().uncertain(), "a disagreement read clearly is the bill's, an ARITHMETIC finding");
        assertNull(bill.stated().statedTotal());
    }

    @Test
    void anAmountNotReadUnderItsColumnIsWorkedOutAndInDoubtUntilATotalConfirmsIt() {
        String lostAmount = """
                0.90|  Sr   Particulars                      Qty      Rate       Amount
                0.88|  1    Consultation                       1    500.00       500.00
                0.84|  2    X-Ray Chest PA                     2    250.00       /?
                0.88|  3    CBC                                1    300.00       300.00
                """;
        Bill bill = extractor.extract(scan(lostAmount), DocumentType.HOSPITAL_BILL);

        assertItem(bill.items().get(1), "X-Ray Chest PA", "2", "250.00", "500.00");
        assertTrue(bill.items().get(1).uncertain(), "the page prints an amount there, and it was not read");
        assertFalse(bill.items().get(0).uncertain());
        assertFalse(bill.items().get(2).uncertain());

        String noAmountColumn = """
                0.90|  Sr   Particulars                      Qty      Rate
                0.88|  1    Consultation                       1    500.00
                0.84|  2    X-Ray Chest PA                     2    250.00
                """;
        Bill rates = extractor.extract(scan(noAmountColumn), DocumentType.HOSPITAL_BILL);

        assertItem(rates.items().get(1), "X-Ray Chest PA", "2", "250.00", "500.00");
        assertTrue(rates.items().stream().noneMatch(LineItem::uncertain), "a table printing no amounts: quantity × rate is the charge");
    }

    @Test
    void anAmountSplitBeforeItsPointBehindASignGlyphIsOneFigure() {
        String split = """
                0.90|  Sr   Particulars                      Qty      Rate       Amount
                0.88|  1    ANEMOL 100ML INJ                   1    £486.00      #486 .00
                0.88|  2    EMESET 2ML INJ                     2     £13.35       £26.70
                """;
        Bill bill = extractor.extract(scan(split), DocumentType.PHARMACY_INVOICE);

        assertItem(bill.items().getFirst(), "ANEMOL 100ML INJ", "1", "486.00", "486.00");
        assertFalse(bill.items().getFirst().uncertain());
    }

    @Test
    void aRowsLastFigureUnderTheAmountColumnIsItsAmountEvenWhenTheRowDisagrees() {
        String misread = """
                0.90|  Sr   Particulars                      Qty      Rate       Amount
                0.62|  1    DROTIN DS TABS                     {     29.93        79.28
                0.88|  2    EMESET 2ML INJ                     2     13.35        26.70
                """;
        Bill bill = extractor.extract(scan(misread), DocumentType.PHARMACY_INVOICE);

        // the amount is reported as read and the row left in doubt, not dropped and worked out as 1 × 29.93
        assertEquals(money("79.28"), bill.items().getFirst().amount(), bill.items().toString());
        assertTrue(bill.items().getFirst().uncertain());
    }

    /** Pages of "confidence|text" lines, as OCR hands them over. */
}

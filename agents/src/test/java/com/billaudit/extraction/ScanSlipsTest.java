package com.billaudit.extraction;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.billaudit.extraction.Fixtures.assertItem;
import static com.billaudit.testing.ScannedPages.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * OCR's slips that the rest of the page gives away, on small scanned pages shaped like real ones:
 * a date digit misread against the order of the section's dates, a heading at the page's left
 * edge, strengths run into their words, a scrap past the last column, and one item printed on
 * several memos read differently each time.
 */
class ScanSlipsTest {

    private final LineItemExtractor extractor = new LineItemExtractor();

    /** A detail bill dated row by row; two rows' 15 read as 18, the PATHOLOGY heading at the left edge with a border scrap. */
    private static final String DATED_SECTIONS = """
            0.90|S.No. Date       Code       SAC Code     Particulars                  Rate    Qty         Amt (RS)
            0.96| BED CHARGES
            0.80| 1.   15/11/2025                         BED CHARGE GENERAL WARD      1500.00 x 1.00          1500.00
            0.94| 2.   16/11/2025                         BED CHARGE GENERAL WARD      1500.00 x 1.00          1500.00
            0.94| 3,   17/11/2025                         BED CHARGE GENERAL WARD      1500.00 x 1.00          1500.00
            0.94| 4,   18/11/2025                         BED CHARGE GENERAL WARD      1500.00 x 1.00          1500.00
            0.95|                                                         Total of BED CHARGES :           6000.00
            0.96| CONSULTATION
            0.72|7     18/11/2025  CN002                  Consultation for Inpatients   350.00 x 2.00           700.00
            0.86|2,    16/11/2025  CN002                  Consultation for Inpatients   350.00 x 2.00           700.00
            0.84|3     17/11/2025  CN002                  Consultation for Inpatients   350.00 x 2.00           700.00
            0.72|y.    18/11/2025  CN002                  Consultation for Inpatients   350.00 x 1.00           350.00
            0.76|i                                                           Total of CONSULTATION       2450.00
            0.87|iPATHOLOGY                        999316
            0.81|[l.   18/11/2025  LB203                  BLOOD CULTURE & SENSITIVITY   368.00 x 1.00           368.00
            0.86|i2.   15/11/2025  LB055                  BLOOD SUGAR RANDOM (RBS)       32.00 x 1.00            32.00
            0.93|      15/11/2025  LB012                  CBC                           240.00 x 1.00           240.00
            0.92|4.    17/11/2025  LB270                  DENGUE IGM AND IGG            640.00 x 1.00           640.00
            0.94|                                                         Total of PATHOLOGY :             1280.00
            0.94|                                                               Grand Total :             9730.00
            """;

    @Test
    void readsADateDigitAgainWhereTheSectionsOrderShowsTheSlip() {
        Bill bill = extractor.extract(scan(DATED_SECTIONS), DocumentType.HOSPITAL_BILL);

        assertEquals(12, bill.items().size(), bill.items().toString());
        // 18, 16, 17, 18: a per-day series, its first day one before the second
        assertEquals(List.of(day(15), day(16), day(17), day(18)), dates(bill, 4, 8));
        // the section heading at the left edge is read, so the pathology rows are a section of their own: 18, 15, 15, 17
        assertEquals("PATHOLOGY", bill.items().get(8).section());
        assertEquals(List.of(day(15), day(15), day(15), day(17)), dates(bill, 8, 12));
        // rows in order keep their dates
        assertEquals(List.of(day(15), day(16), day(17), day(18)), dates(bill, 0, 4));
        assertEquals(0, RowDateOrder.oneDigitMisreadings(day(18)).stream().filter(d -> d.equals(day(18))).count());
    }

    /** Rows listed by name, not by day: their dates go back and forth, and say nothing about any one of them. */
    private static final String UNORDERED = """
            0.90|S.No. Date       Particulars                  Rate    Qty         Amt (RS)
            0.90| 1.   18/11/2025 CBC                           240.00 x 1.00           240.00
            0.90| 2.   15/11/2025 CRP                           240.00 x 1.00           240.00
            0.90| 3.   17/11/2025 ESR                            80.00 x 1.00            80.00
            0.90| 4.   15/11/2025 LFT                           400.00 x 1.00           400.00
            0.90| 5.   18/11/2025 RFT                           400.00 x 1.00           400.00
            0.94|                                            Grand Total :           1360.00
            """;

    @Test
    void leavesTheDatesOfATableNotInDateOrderAsRead() {
        Bill bill = extractor.extract(scan(UNORDERED), DocumentType.HOSPITAL_BILL);

        assertEquals(List.of(day(18), day(15), day(17), day(15), day(18)), dates(bill, 0, 5));
    }

    /** A cash memo whose strengths OCR ran into their words, and a GST cell's scrap read past the last column. */
    private static final String MEMO = """
            0.68|     fis f i)  HSNC.  BATCH           EXP   Description                            QTY     RATE    DISC.      AMOUNT    GST%
            0.76|        HH  i  3004  13825/355        09/28  CANNULA 22 NO                          1     105.00    0.00          105.00     5
            0.54|     is ae 6 3004   2501002281       07/27  NS S00ML                               2     100.20    0.00          200.40    26    CO
            0.53|   a i}             2501017092       04/27  RL S00 ML                              1      74.00    0.00           74.00     12
            0.63|   HIRIB   GE:  9018  PTDS915         05/30  2MLDS2ML                               5       7.00    0.00           35.00     5
            0.65|   \\piltegit  it:'  3004  CSF         04/30  SMLDS 5ML                             3      10.00    0.00           30.00     5
            0.67|   PRE                                                                               SUB TOTAL:                    444.40
            """;

    @Test
    void putsBackTheSpacesAndFivesOfStrengthsAndLeavesAStrayScrapOut() {
        Bill bill = extractor.extract(scan(MEMO), DocumentType.PHARMACY_INVOICE);

        assertEquals(5, bill.items().size(), bill.items().toString());
        assertItem(bill.items().get(1), "NS 500ML", "2", "100.20", "200.40");
        assertItem(bill.items().get(2), "RL 500 ML", "1", "74.00", "74.00");
        assertItem(bill.items().get(3), "2ML DS 2ML", "5", "7.00", "35.00");
        assertItem(bill.items().get(4), "5ML DS 5ML", "3", "10.00", "30.00");
    }

    @Test
    void tidiesStrengthsOnlyWhereTheShapeIsAStrength() {
        assertEquals("5ML DS 5ML", DescriptionText.clean("SMLDS 5ML"));
        assertEquals("OMEZ 20MG TAB", DescriptionText.clean("OMEZ20MGTAB"));
        // "SML" with no strength beside it may be a size: small
        assertEquals("GLOVES SML", DescriptionText.clean("GLOVES SML"));
        assertEquals("VITAMIN D3", DescriptionText.clean("VITAMIN D3"));
        assertEquals("PATHOLOGY", DescriptionText.clean("iPATHOLOGY"));
        assertEquals("eGFR", DescriptionText.clean("eGFR"));
    }

    @Test
    void aSlashReadAsALetterInAnAbbreviationPrintedWithOneIsReadBack() {
        assertEquals("Blood R/E", DescriptionText.clean("Blood RIE"));
        assertEquals("Pus C/S", DescriptionText.clean("Pus ClS"));
        assertEquals("SYRINGE W/O NEEDLE 20ML L/L", DescriptionText.clean("SYRINGE WIO NEEDLE 20ML L|L"));
        // words and abbreviations of their own with an I in the middle
        assertEquals("HIV 1 AND II", DescriptionText.clean("HIV 1 AND II"));
        assertEquals("EASY FIX", DescriptionText.clean("EASY FIX"));
        assertEquals("RIM", DescriptionText.clean("RIM"));
        assertEquals("Urine R/E", DescriptionText.clean("Urine R/E"));
    }

    /** The same drugs on three days' memos, OCR slipping differently on each. */
    private static final String DAY = """
            0.68|     fis f i)  HSNC.  BATCH           EXP   Description                            QTY     RATE    DISC.      AMOUNT    GST%%
            0.80|        HH  i  3004  13825/355        09/28  CANNULA 22 NO                          1     105.00    0.00          105.00     5
            %s|               3004   CSF            04/30  %-38s3      10.00    0.00           30.00     5
            %s|               3004   PA24114        09/26  %-38s2      43.60    0.00           87.20    12
            0.80|               3004   600            04/27  FIXER 1                               1      35.00    0.00           35.00     5
            0.80|               3004   LSOD4174       06/27  NS 100ML                              4      47.00    0.00          188.00     5
            0.67|   PRE                                                                               SUB TOTAL:                    445.20
            0.84|  Ad   alee                                                                          NET AMT                        445.00
            """;

    @Test
    void readsOneItemPrintedOnSeveralMemosAsItsSurestPrinting() {
        Bill bill = extractor.extract(scan(
                DAY.formatted("0.65", "5ML DS 5ML", "0.62", "DYNAPAR AQINJ"),
                DAY.formatted("0.61", "SML DS SML", "0.77", "DYNAPAR AQINJ"),
                DAY.formatted("0.56", "SMLDSSML", "0.75", "DYNAPAR AQINI")), DocumentType.PHARMACY_INVOICE);

        assertEquals(15, bill.items().size(), bill.items().toString());
        for (int memo = 0; memo < 3; memo++) {
            assertEquals("5ML DS 5ML", bill.items().get(5 * memo + 1).description());
            assertEquals("DYNAPAR AQINJ", bill.items().get(5 * memo + 2).description());
        }
    }

    /** A ledger of consumables issued day by day; gloves always at 15.00, one row's rate read 15.90, one amount 96.00; a mask read once at 12.00. */
    private static final String ISSUED_DAILY = """
            0.92|S.No Date        Description                          Qty      Rate       Amount
            0.85|1    19/11/2025  EXAMINATION GLOVES - WHITE             4     15.00        60.00
            0.85|2    19/11/2025  SURGEON CAP                            2     12.00        24.00
            0.85|3    20/11/2025  EXAMINATION GLOVES - WHITE             2     15.00        30.00
            0.80|4    21/11/2025  EXAMINATION GLOVES - WHITE             6     15.90        90.00
            0.80|5    22/11/2025  EXAMINATION GLOVES - WHITE             4     15.00        96.00
            0.85|6    22/11/2025  FACE MASK                              3     12.00        36.00
            0.80|7    23/11/2025  FACE MASK                              1     17.00        12.00
            """;

    @Test
    void readsAFigureOneLookAlikeDigitOffTheItemsSurePriceAgainWhereTheRowsOtherFigureAgrees() {
        List<LineItem> items = extractor.extract(scan(ISSUED_DAILY), DocumentType.HOSPITAL_BILL).items();

        assertEquals(7, items.size(), items.toString());
        // 6 × 15.00 = 90.00 as printed, and two rows read 15.00 surely: 15.90 is 15.00 with a 0 read as 9
        assertItem(items.get(3), "EXAMINATION GLOVES - WHITE", "6", "15.00", "90.00");
        // 4 × 15.00 = 60.00: "96.00" is no look-alike of it, so the row stays as read
        assertItem(items.get(4), "EXAMINATION GLOVES - WHITE", "4", "15.00", "96.00");
        // one row alone read FACE MASK at 12.00: no price of the item yet, and 17.00 stays as read
        assertEquals(new java.math.BigDecimal("17.00"), items.get(6).unitPrice());
    }

    /** An itemised page whose section rows carry their subtotals at the right, one code's S read as $. */
    private static final String HEADINGS_WITH_TOTALS = """
            0.95|Description                                                  Qty / Hrs              Rate         Discount              Net Amt
            0.96| Consultation                                                                                                           1,950.00
            0.94|   Consultation Charge  DR PREETHI MARY JOSEPH--                    1.00           300.00              0.00               300.00
            0.95|   Consultation Charge  DR VIDYA PREMACHANDRAN--                    1.00           200.00              0.00               200.00
            0.92|   Doctors Visiting Fee DR S SALIL KUMAR--                          1.00           250.00               0.00              250.00
            0.92|   Doctors Visiting Fee  DR S SALIL KUMAR--                         4.00           300.00               0.00            1,200.00
            0.96| Nursing Care                                                                                                           2,900.00
            0.95|   RR -2-Stepdown-Nursing Charge                                    1.00          1,000.00              0.00             1,000.00
            0.94|   $G201-1-Nursing Charge                                           1.00           400.00               0.00              400.00
            0.91|   $G204-Nursing Charge                                             3.00           500.00               0.00             1,500.00
            0.96|   Registration                                                                                                           100.00
            0.96|   RBS                                                              1.00             30.00              0.00               30.00
            0.96|   RFT                                                              1.00           290.00               0.00              290.00
            """;

    @Test
    void readsALineWhoseAmountItsRowsAddUpToAsTheirSectionsHeading() {
        Bill bill = extractor.extract(scan(HEADINGS_WITH_TOTALS), DocumentType.HOSPITAL_BILL);

        assertEquals(10, bill.items().size(), bill.items().toString());
        assertItem(bill.items().get(0), "Consultation Charge DR PREETHI MARY JOSEPH", "1", "300.00", "300.00");
        assertEquals("Consultation", bill.items().get(3).section());
        assertItem(bill.items().get(5), "SG201-1-Nursing Charge", "1", "400.00", "400.00");
        assertEquals("Nursing Care", bill.items().get(6).section());
        // an amount alone whose rows below do not add up to it is a charge printed without quantity or rate
        assertItem(bill.items().get(7), "Registration", "1", "100.00", "100.00");
    }

    private static List<LocalDate> dates(Bill bill, int from, int to) {
        return bill.items().subList(from, to).stream().map(LineItem::date).toList();
    }

    private static LocalDate day(int day) {
        return LocalDate.of(2025, 11, day);
    }
}

package com.billaudit.extraction;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static com.billaudit.extraction.Fixtures.money;
import static com.billaudit.testing.ScannedPages.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Row dates of a dated ledger OCR garbled, read from the pieces that did read where the rows above
 * and below bracket them: a pharmacy list shaped like a poor scan's page (dates with their times,
 * batch and expiry columns after the drug's name).
 */
class LedgerDatesTest {

    private final LineItemExtractor extractor = new LineItemExtractor();

    private static final String LEDGER = """
            0.28|  BNO        0     fuate                              [DRUG NAME                         oty              [Baten           ‘[Expirydate    [Rete              famount
            0.72|  Dispenced items
            0.63|  1                19/11/2025 01:14                  UROBAG                             1                684321           01/08/2028        361.00           361.00
            0.41|  2                19912028 01.14                    SURGEON CAP                        7                BT 65            07/06/2029        12.00            84.00
            0.60|  3                19/11/2025 01:55                  EASY FIX (TRANSPARENT)             1                264              04/03/2028        47.00            47.00
            0.38|  4                20 122085 17-30                   EMESET 2ML INJ                     2                4860240          01/12/2027        13.35            26.70
            0.57|  5                20/11/2025 17:30                  FLOW REGULATOR                     1                8368             01/01/2027        600.00           600.00
            0.44|  6                QO 12025 15:40                    PANTORED 40MG (FUPAN INJ)          2                BGS7K            11/06/2027        53.00            106.00
            0.58|  7                21/11/2025 15:39                  RANTAC 150MG TABS                  2                BA5151074        03/09/2026        1.36             2.72
            0.40|  8                22/4 1RG25 23-26                  EXAMINATION GLOVES (WHITE          1                3368             01/05/2029        150.00           150.00
            0.59|  9                22/11/2025 23:42                  UNDERPAD (SINGLE)                  1                12749            01/03/2027        85.00            85.00
            """;

    @Test
    void readsAGarbledDateFromItsPiecesWhereItsNeighboursBracketIt() {
        Bill bill = extractor.extract(scan(LEDGER), DocumentType.PHARMACY_INVOICE);

        assertEquals(9, bill.items().size(), bill.items().toString());
        // "19912028 01.14" between two rows of the 19th: its day 19 agrees; "20 122085 17-30" between the 19th and the
        // 20th: its day 20 picks the 20th (not the expiry printed further on); "22/4 1RG25 23-26" between the 21st and
        // the 22nd is the 22nd. "QO 12025 15:40" has no day that agrees: it keeps what the reader gave it before (the
        // day of the row above, carried down)
        assertEquals(List.of("2025-11-19", "2025-11-19", "2025-11-19", "2025-11-20", "2025-11-20", "2025-11-20",
                        "2025-11-21", "2025-11-22", "2025-11-22"),
                bill.items().stream().map(i -> String.valueOf(i.date())).toList());
        // the times run into the date cells are no quantity and no amount
        assertEquals(List.of("1", "7", "1", "2", "1", "2", "2", "1", "1"),
                bill.items().stream().map(i -> i.quantity().stripTrailingZeros().toPlainString()).toList());
        assertEquals(List.of(money("361.00"), money("84.00"), money("47.00"), money("26.70"), money("600.00"),
                        money("106.00"), money("2.72"), money("150.00"), money("85.00")),
                bill.items().stream().map(LineItem::amount).toList());
    }

    /**
     * Only the rows whose cells read as dates print their day; a day read from a garbled cell's pieces between
     * its neighbours, or carried onto a cell that did not read, is the neighbours' inference, and says so.
     */
    @Test
    void aDayReadFromTheRowsAroundIsMarkedInferred() {
        Bill bill = extractor.extract(scan(LEDGER), DocumentType.PHARMACY_INVOICE);

        assertEquals(List.of(false, true, false, true, false, true, false, true, false),
                bill.items().stream().map(LineItem::dateInferred).toList());
    }

    /**
     * The time beside each row's date, clean ("19/11/2025 01:14") or ending a garbled cell ("19912028 01.14",
     * "20 122085 17-30", "QO 12025 15:40"), whatever became of the date.
     */
    @Test
    void readsTheTimePrintedBesideEachRowsDate() {
        Bill bill = extractor.extract(scan(LEDGER), DocumentType.PHARMACY_INVOICE);

        assertEquals(List.of("01:14", "01:14", "01:55", "17:30", "17:30", "15:40", "15:39", "23:26", "23:42"),
                bill.items().stream().map(i -> String.valueOf(i.time())).toList());
    }

    /** A time OCR garbled past a clock's ("1847", "25:70") is not read, nor guessed. */
    @Test
    void aTimeIsReadOnlyWhenItIsAClockTimeAsPrinted() {
        assertEquals(LocalTime.of(19, 39), RowTimes.read("19:39"));
        assertEquals(LocalTime.of(17, 30), RowTimes.read("17.30"));
        assertEquals(LocalTime.of(17, 30), RowTimes.read("17-30"));
        assertEquals(LocalTime.of(0, 0), RowTimes.read("00:00"));
        assertEquals(LocalTime.of(10, 56, 12), RowTimes.read("10:56:12"));
        assertEquals(null, RowTimes.read("1847"));
        assertEquals(null, RowTimes.read("25:70"));
        assertEquals(null, RowTimes.read("19:99"));
        assertEquals(null, RowTimes.read("24:00"));
        assertEquals(null, RowTimes.read("19°39"));
        assertEquals(null, RowTimes.read("8/11"));
        // a garbled date cell's time: its look-alike letters read as digits as the day's do
        assertEquals(LocalTime.of(1, 14), DateCell.time("19/1 12025 O1:14"));
        assertEquals(null, DateCell.time("244 W2088 1847"));
        assertEquals(null, DateCell.time("19:39"));
    }

    /** The first row's date garbled: no row above brackets it, the stay's first clean day (the row below's) does. */
    @Test
    void theStaysFirstDayBoundsTheRowsAboveItsFirstCleanDate() {
        String ledger = LEDGER.replace("19/11/2025 01:14  ", "1991 2O25 01:14   ");

        Bill bill = extractor.extract(scan(ledger), DocumentType.PHARMACY_INVOICE);

        assertEquals("UROBAG", bill.items().getFirst().description());
        assertEquals(LocalDate.of(2025, 11, 19), bill.items().getFirst().date());
    }

    /** The same rows with the neighbours of the garbled "22/4 1RG25 23-26" out of order: they bracket no day. */
    @Test
    void neighboursOutOfOrderMakeNoDate() {
        String ledger = LEDGER.replace("22/11/2025 23:42", "18/11/2025 23:42");

        Bill bill = extractor.extract(scan(ledger), DocumentType.PHARMACY_INVOICE);

        LineItem gloves = bill.items().get(7);
        assertEquals("EXAMINATION GLOVES (WHITE", gloves.description());
        assertEquals(null, gloves.date(), "a day the neighbours do not bracket is not made up: " + gloves);
    }

    @Test
    void readsTheDayYearAndTimeAGarbledCellHolds() {
        assertEquals(new DateCell("19", true, true), DateCell.read("19912028 19.39"));
        assertEquals(new DateCell("20", true, true), DateCell.read("20 122085 17-30"));
        assertEquals(new DateCell("22", false, true), DateCell.read("22/4 1RG25 23-26"));
        assertEquals(new DateCell("20", true, true), DateCell.read("2O/1 1/2O25 17:30"));
        // no day: the day's digits did not read ("{BFL"), or what is left opens with the month ("9/2025")
        assertFalse(DateCell.read("{BFL 12085 19:39").dateShaped());
        assertFalse(DateCell.read("9/2025").dateShaped());
        // a batch number or a lone word is no date
        assertFalse(DateCell.read("BT").dateShaped());
        assertFalse(DateCell.read("12").dateShaped());
    }

    @Test
    void aDayAgreesAsPrintedOrWithOneLookAlikeDigit() {
        LocalDate nineteenth = LocalDate.of(2025, 11, 19);
        assertTrue(DateCell.read("19912028 19.39").dayIs(nineteenth));
        // 5 for 9 is a look-alike pair of the lexicon's date digits; 94 is two slips away
        assertTrue(DateCell.read("1524 122005 19:39").dayAgrees(nineteenth));
        assertFalse(DateCell.read("1524 122005 19:39").dayIs(nineteenth));
        assertFalse(DateCell.read("94 U2N25 19:99").dayAgrees(nineteenth));
    }

    /** A scan whose rate and amount cells OCR split, so the header's order reaches the expiry column late. */
    private static final String EXPIRY_LEDGER = """
            0.28|  BNO        0     fuate                              [DRUG NAME                         oty              [Baten           ‘[Expirydate    [Rete              famount
            0.72|  Dispenced items
            0.55|  1                 19/11/2025 19:39                   SUPRIDOL 100MG 2ML INJ             1                KP 1568194       01/02/2027        226.38            226.38
            0.57|  2                 19/11/2025 19:39                   NS 500ML (ECOFLAC)                 2                BSG 0285         03/09/2027        93.90             187.80
            0.47|  3                 274 72028 23:36                    GOCAN -100ML INJ (FLUCONAZOLE)     1                BOS1G1906        01/06/2027        103.00            #103 00
            0.52|  4                 QO 12025 15:40                     NS 500ML (ONLY DRESSING)           2                LNEGAADET        01/08/2028        37.24             #74 48
            0.51|  5                 20/11/2025 17:30                   FORCAN -100ML INJ (FLUCONAZOLE)    1                308501002        01/12/2027        103.00            #103 00
            0.50|  6                 20/11/2025 17:30                   EMESET 2ML INJ                     2                ASGOB29          01/08/2027        13.35             26.70
            """;

    @Test
    void anExpiryIsNeverTheDateOfARowWithADateCellOfItsOwn() {
        Bill bill = extractor.extract(scan(EXPIRY_LEDGER), DocumentType.PHARMACY_INVOICE);

        assertEquals(6, bill.items().size(), bill.items().toString());
        // "274 72028 23:36" and "QO 12025 15:40" are the rows' own dates, garbled: the expiries printed further
        // right (01/06/2027, 01/08/2028) are not, whether the header's order reached them or not. No day of theirs
        // agrees with the bracket: they share the day of the rows above, as the ledger prints
        assertEquals(List.of("2025-11-19", "2025-11-19", "2025-11-19", "2025-11-19", "2025-11-20", "2025-11-20"),
                bill.items().stream().map(i -> String.valueOf(i.date())).toList());
    }

    /** A bill's rows all of one day: "99/2025" between rows of the 9th is no day of the bill's but a repair's guess. */
    private static final String ONE_DAY = """
            0.56| “Sr.No.  Date       Particulars                l Qty.  Rate  [  Amt]    Disc.   Amount
            0.71| [4             WARD SERVICES                                                       3.00.00,
            0.54|    1.1,  9972025  )ROOM/IBED CHARGES  Ward/ Room/Bed  l 2.00  1500.00{  3000.00)   3000.00
            0.81|                No, GENERAL WARD/GW-04
            0.85|     2          LAB CHARGES                                                        5.650.00,
            0.00| l
            0.60|    2.1/ 99/2025  LFT                            1.00  950.00    950.00              950.00
            0.83|    2.2 9/9/2025  HBSAG                          1.00  500.00   500,00              500.00
            0.61|    2.3) src2s  [cec                             1.00  450.00   450.                 450.00
            0.68|    2.4 97972025  HIV                            1.00]  500.00  500.                 500.00
            0.70|    2. 5 9/9/2025  l KFT                         1.00  950.00   950.00              950.00
            0.76|    2.6 ge2025  «HCV                             1.00  1800.00  1800.00             1800.00
            0.75|    2.7 9/9/2025  {PTINR                         1.00  500,00   500.00              500.00,
            """;

    @Test
    void aRepairedDayTheRowsAroundItContradictIsNoDate() {
        Bill bill = extractor.extract(scan(ONE_DAY), DocumentType.HOSPITAL_BILL);

        LineItem lft = bill.items().stream().filter(i -> i.description().contains("LFT")).findFirst().orElseThrow();
        assertEquals(null, lft.date(), "the rows above and below (9 Sep) contradict a day repaired from '99/2025': " + lft);
        LineItem hbsag = bill.items().stream().filter(i -> i.description().contains("HBSAG")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2025, 9, 9), hbsag.date());
    }
}

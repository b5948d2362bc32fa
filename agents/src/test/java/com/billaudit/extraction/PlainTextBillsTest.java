package com.billaudit.extraction;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.billaudit.extraction.Fixtures.assertItem;
import static com.billaudit.extraction.Fixtures.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Bills typed as plain text, the way other systems export them: no column titles, the amount last
 * with its currency sign, sections set apart by empty lines, the summary in "Label: amount" form.
 */
class PlainTextBillsTest {

    private final LineItemExtractor extractor = new LineItemExtractor();

    private Bill extract(String text, DocumentType type) {
        return extractor.extract(Fixtures.text(text), type);
    }

    @Test
    void readsDollarAmountsWithRemarksAfterThemAndStopsAtTheTotal() {
        Bill bill = extract("""
                CORNER DRUG STORE
                Receipt #: 44-1021
                Date: 2024-06-02

                PRESCRIPTION ITEMS:
                Metformin 500mg (60 tablets)     $9.49   (Rx)
                Amlodipine 5mg (30 tablets)      $7.25   (Rx)

                OTC ITEMS:
                Saline Nasal Spray               $4.10   (FSA)

                Subtotal: $20.84
                Tax: $0.00
                Total: $20.84

                HSA Eligible Items: $13.59
                """, DocumentType.PHARMACY_INVOICE);
        List<LineItem> items = bill.items();
        assertEquals(3, items.size());
        assertItem(items.get(0), "Metformin 500mg (60 tablets)", "1", "9.49", "9.49");
        assertItem(items.get(1), "Amlodipine 5mg (30 tablets)", "1", "7.25", "7.25");
        assertItem(items.get(2), "Saline Nasal Spray", "1", "4.10", "4.10");
        // the headings the rows stand under are their sections, not part of their names
        assertEquals(List.of("PRESCRIPTION ITEMS", "PRESCRIPTION ITEMS", "OTC ITEMS"), items.stream().map(LineItem::section).toList());
        assertEquals(money("20.84"), bill.stated().statedTotal());
    }

    @Test
    void readsRupeeAmountsWithoutPaiseAndATaxNamedInsideTheTotal() {
        Bill bill = extract("""
                INVOICE - City Care Clinic, Pune

                Knee Arthroscopy                 Rs 80,000
                Physiotherapy (5 sessions)       Rs 10,000
                Dressings                        Rs 2,000

                TOTAL: Rs 96,600 (incl 5% GST)
                """, DocumentType.HOSPITAL_BILL);
        assertEquals(3, bill.items().size());
        assertItem(bill.items().get(0), "Knee Arthroscopy", "1", "80000", "80000");
        assertEquals(money("96600.00"), bill.stated().statedTotal());
        // 5 % of the 92,000 charged is the 4,600 the total holds beyond them
        assertEquals(money("4600.00"), bill.stated().tax());
        assertFalse(bill.stated().taxIncluded());
    }

    @Test
    void aTotalNamingATaxWhoseRateDoesNotCloseTheGapSetsNoTax() {
        Bill bill = extract("""
                Consultation                     Rs 1,000
                X-Ray Chest                      Rs 500

                TOTAL: Rs 2,000 (incl 18% GST)
                """, DocumentType.HOSPITAL_BILL);
        assertEquals(2, bill.items().size());
        assertEquals(money("2000.00"), bill.stated().statedTotal());
        assertEquals(null, bill.stated().tax());
    }

    @Test
    void readsAUsStatementMonthFirstAndTakesTheChargesTotalBeforeTheInsurersShare() {
        Bill bill = extract("""
                Patient Billing Statement
                Statement Date: 03/04/2025
                Billing Address: 12 Elm St, Springfield, IL 62704

                 Description                  Date        Qty   Unit Price ($)  Amount ($)
                 Office Visit - Level 2       03/04/2025   1        95.00        95.00
                 Flu Vaccine                  03/04/2025   1        40.00        40.00
                                                         Subtotal:             $135.00
                                                         Insurance Adjustment:  -$60.00
                                                         Patient Responsibility:  $75.00
                """, DocumentType.HOSPITAL_BILL);
        assertEquals(2, bill.items().size());
        assertItem(bill.items().get(0), "Office Visit - Level 2", "1", "95.00", "95.00");
        assertEquals(LocalDate.of(2025, 3, 4), bill.items().get(0).date());
        assertEquals(money("135.00"), bill.stated().statedTotal());
    }

    @Test
    void takesACodeNamedByItsSystemOutOfTheDescription() {
        Bill bill = extract("""
                LAKESIDE CLINIC
                Patient Billing Statement

                SERVICES RENDERED:
                CPT 99203 - New Patient Visit, Low Complexity    $210.00
                CPT 85025 - Complete Blood Count                  $32.00

                Total Billed: $242.00
                """, DocumentType.HOSPITAL_BILL);
        assertEquals(2, bill.items().size());
        assertEquals("New Patient Visit, Low Complexity", bill.items().get(0).description());
        assertEquals("99203", bill.items().get(0).code());
        assertEquals("85025", bill.items().get(1).code());
        assertEquals(money("242.00"), bill.stated().statedTotal());
    }

    @Test
    void aChargeLabelUnderTheRowsNameIsNotPartOfIt() {
        Bill bill = extract("""
                PROCEDURES & SERVICES:
                1. CPT 99213 - Office visit, established patient
                   Charge: $120.00

                2. CPT 87086 - Urine culture, bacterial
                   Pending (sent to lab)
                   Charge: $38.00

                TOTAL CHARGES: $158.00
                """, DocumentType.HOSPITAL_BILL);
        assertEquals(2, bill.items().size(), bill.items().toString());
        assertItem(bill.items().get(0), "Office visit, established patient", "1", "120.00", "120.00");
        assertEquals("87086", bill.items().get(1).code());
        assertEquals(money("38.00"), bill.items().get(1).amount());
        assertEquals(money("158.00"), bill.stated().statedTotal());
    }

    @Test
    void aRoundOffPrintedWithoutItsSignTakesTheSignThatClosesTheTotal() {
        Bill bill = extract("""
                Sl  Particulars                    Qty     Rate      Amount
                1   Dressing Set                    2      112.35     224.70
                2   Inj Tetanus Toxoid              1       45.00      45.00
                                                    Total              269.70
                                                    Round Off            0.30
                                                    Net Payable        270.00
                """, DocumentType.HOSPITAL_BILL);
        assertEquals(2, bill.items().size());
        assertEquals(money("270.00"), bill.stated().statedTotal());
        assertEquals(money("0.30"), bill.stated().roundOff());
    }

    @Test
    void readsAUsReceiptWhoseInsurersShareStandsUnderARow() {
        Bill bill = extract("""
                NORTHSIDE PHARMACY #118
                450 OAK AVE, DENVER, CO 80203
                02/11/2025  10:12 AM

                RX 771203  LISINOPRIL 20MG TAB          $6.20
                   QTY 30  INS PAID $14.80
                CETIRIZINE 10MG 30CT                   $11.99
                SUBTOTAL                               $18.19
                SALES TAX 2.9%                          $0.35
                TOTAL                                  $18.54
                VISA ****4421                          $18.54
                """, DocumentType.PHARMACY_INVOICE);
        assertEquals(2, bill.items().size(), bill.items().toString());
        assertEquals(money("6.20"), bill.items().get(0).amount());
        assertEquals(money("11.99"), bill.items().get(1).amount());
        assertEquals(money("0.35"), bill.stated().tax());
        assertEquals(money("18.54"), bill.stated().statedTotal());
    }

    @Test
    void readsABillExportedAsCommaSeparatedValues() {
        Bill bill = extract("""
                Green Valley Clinic, Nashik
                Item,Quantity,Rate,Amount
                Consultation Fee,1,600.00,600.00
                "Dressing, large",2,120.00,240.00
                MRI Knee,1,"4,500.00","4,500.00"
                Total,,,"5,340.00"
                """, DocumentType.HOSPITAL_BILL);
        assertEquals(3, bill.items().size(), bill.items().toString());
        assertItem(bill.items().get(1), "Dressing, large", "2", "120.00", "240.00");
        assertItem(bill.items().get(2), "MRI Knee", "1", "4500.00", "4500.00");
        assertEquals(money("5340.00"), bill.stated().statedTotal());
    }

    @Test
    void leavesProseWithCommasAsItIs() {
        assertEquals(List.of("Result: WBC high", "positive nitrites", "positive esterase"),
                DelimitedText.fields("Result: WBC high, positive nitrites, positive esterase"));
        Bill bill = extract("""
                Notes: seen today, stable, to review in a week
                CPT 99213 - Office visit, established patient    $95.00
                Total: $95.00
                """, DocumentType.HOSPITAL_BILL);
        assertEquals(1, bill.items().size());
        assertEquals("Office visit, established patient", bill.items().getFirst().description());
    }
}

package com.billaudit.extraction;

import com.billaudit.domain.Bill;
import com.billaudit.domain.Category;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.billaudit.extraction.Fixtures.assertItem;
import static com.billaudit.extraction.Fixtures.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineItemExtractorTest {

    private final LineItemExtractor extractor = new LineItemExtractor();

    private Bill extract(String fixture) {
        return extractor.extract(Fixtures.document(fixture), DocumentType.HOSPITAL_BILL);
    }

    @Test
    void readsSerialParticularsTableAndItsSummaryRows() {
        Bill bill = extract("classic-serial-particulars.txt");
        List<LineItem> items = bill.items();
        assertEquals(5, items.size());
        assertItem(items.get(0), "Admission Charges", "1", "250.00", "250.00");
        assertItem(items.get(1), "General Ward Bed Charges", "3", "1200.00", "3600.00");
        assertItem(items.get(4), "Tab Dolo 650", "15", "2.10", "31.50");
        assertEquals(money("4651.50"), bill.stated().subtotal());
        assertEquals(money("151.50"), bill.stated().discount());
        assertNull(bill.stated().tax());
        assertEquals(money("4500.00"), bill.stated().statedTotal());
        assertEquals(LocalDate.of(2025, 3, 2), bill.billDate());
        assertEquals(List.of(1, 2, 3, 4, 5), items.stream().map(LineItem::index).toList());
    }

    @Test
    void followsTheHeaderWhenRateComesBeforeQuantity() {
        Bill bill = extract("rate-before-quantity.txt");
        assertItem(bill.items().get(0), "Physiotherapy Session", "5", "400.00", "2000.00");
        assertItem(bill.items().get(2), "Hot Pack Therapy", "2.5", "150.00", "375.00");
        assertEquals(money("4225.00"), bill.stated().statedTotal());
        assertEquals(LocalDate.of(2025, 1, 15), bill.billDate());
    }

    @Test
    void joinsDescriptionsWrappedOntoTheLinesBelow() {
        Bill bill = extract("wrapped-description-below.txt");
        assertEquals(3, bill.items().size());
        assertItem(bill.items().get(0), "Laparoscopic Cholecystectomy including surgeon and assistant fees", "1", "45000", "45000");
        assertItem(bill.items().get(2), "Blood Culture and Sensitivity", "1", "550", "550");
    }

    @Test
    void joinsDescriptionsWhoseAmountsStandOnTheLastLine() {
        Bill bill = extract("wrapped-amounts-on-last-line.txt");
        assertEquals(3, bill.items().size());
        assertItem(bill.items().get(0), "Coronary Angiography with contrast and catheter", "1", "12000", "12000");
        assertItem(bill.items().get(1), "Two Dimensional Echocardiography with Colour Doppler", "1", "1800", "1800");
        assertItem(bill.items().get(2), "ECG", "2", "150", "300");
    }

    @Test
    void keepsAStrengthWrappedOntoItsOwnLineInTheDescription() {
        Bill bill = extract("wrapped-strength.txt");
        assertEquals(4, bill.items().size());
        assertItem(bill.items().get(0), "AMOXICILLIN AND CLAVULANIC ACID 625 MG TABLET", "20", "18.00", "360.00");
        assertItem(bill.items().get(1), "Tab Montair 10", "15", "10.00", "150.00");
        assertItem(bill.items().get(2), "Amoxicillin and Clavulanic Acid 625 mg Tablet", "2", "16.20", "32.40");
        assertItem(bill.items().get(3), "Surgical Blade No 22", "8", "9.50", "76.00");
    }

    @Test
    void carriesALedgerDatePrintedOnceOntoTheRowsBelow() {
        Bill bill = extract("ledger-date-carried-forward.txt");
        List<LocalDate> dates = bill.items().stream().map(LineItem::date).toList();
        LocalDate first = LocalDate.of(2025, 2, 10);
        LocalDate second = LocalDate.of(2025, 2, 11);
        assertEquals(List.of(first, first, first, second, second), dates);
        assertItem(bill.items().get(1), "Kidney Function Test", "1", "280", "280");
        assertEquals(money("7060.00"), bill.stated().statedTotal());
    }

    @Test
    void aRowWhoseDateIsPrintedButUnreadableStaysUndated() {
        Bill bill = extract("ocr-unreadable-date.txt");
        List<LocalDate> dates = bill.items().stream().map(LineItem::date).toList();
        assertEquals(java.util.Arrays.asList(LocalDate.of(2025, 11, 29), LocalDate.of(2025, 11, 30), null, LocalDate.of(2025, 12, 2)), dates);
    }

    @Test
    void keepsCodesWithOcrSpecksOutOfTheDescription() {
        Bill bill = extract("ocr-code-specks.txt");
        assertEquals(5, bill.items().size());
        assertItem(bill.items().get(0), "General Anaesthesia Chgs.", "1", "6000.00", "6000.00");
        assertItem(bill.items().get(1), "IV Set", "1", "42.00", "42.00");
        assertItem(bill.items().get(2), "STOOL ROUTINE EXAMINATION", "1", "66.50", "66.50");
        assertItem(bill.items().get(3), "Physiotherapy", "2", "315.00", "630.00");
        assertItem(bill.items().get(4), "IV Cannulation", "1", "150.00", "150.00");
    }

    @Test
    void keepsCodesOcrGarbledOutOfTheDescriptionAndReadsSplitAmounts() {
        Bill bill = extract("ocr-garbled-codes.txt");
        assertEquals(4, bill.items().size());
        assertItem(bill.items().get(0), "OT - Small Oressing", "1", "150.00", "150.00");
        assertItem(bill.items().get(1), "NURSING CHARGE", "1", "300.00", "300.00");
        assertItem(bill.items().get(2), "Microatbumin", "1", "280.00", "280.00");
        assertItem(bill.items().get(3), "IMG: MRI Lumbar Spine", "1", "4500.00", "4500.00");
        assertEquals(money("261.50"), bill.stated().discount());
    }

    @Test
    void readsATwoLineDateOfServiceTitleAndAStrengthWrappedUnderTheDescription() {
        Bill bill = extract("date-of-service-two-lines.txt");
        assertEquals(4, bill.items().size());
        assertItem(bill.items().get(0), "Bed Charges - Private Room", "1", "3000.00", "3000.00");
        assertItem(bill.items().get(1), "CAG", "1", "12600.00", "12600.00");
        assertItem(bill.items().get(2), "PANTOPRAZOLE 40MG INJ", "4", "91.10", "364.40");
        assertItem(bill.items().get(3), "Inj Zofran 4mg", "4", "12.00", "48.00");
        assertEquals(LocalDate.of(2025, 5, 18), bill.items().get(1).date());
    }

    @Test
    void headingWordsThatFinishTheRowAboveJoinItButARealHeadingDoesNot() {
        Bill bill = extract("heading-words-wrapped.txt");
        assertEquals(4, bill.items().size());
        assertItem(bill.items().get(1), "GENERAL WARD BED CHARGES", "1", "1886.00", "1886.00");
        assertItem(bill.items().get(2), "MRI BRAIN", "1", "4500.00", "4500.00");
        assertItem(bill.items().get(3), "Heparin 5000 IU", "5", "98.60", "493.00");
    }

    @Test
    void readsADateOfServiceTitleOverTheLastColumn() {
        Bill bill = extract("date-of-service-last-two-lines.txt");
        assertItem(bill.items().get(1), "Nursing Chgs.", "4", "270.00", "1080.00");
        assertEquals(LocalDate.of(2025, 4, 7), bill.items().get(1).date());
    }

    @Test
    void aDescriptionStartingRightAfterTheDateKeepsItsFirstWord() {
        Bill bill = extract("description-flush-with-date.txt");
        assertItem(bill.items().get(0), "Patient Diet Charges", "2", "300", "600");
        assertItem(bill.items().get(1), "Nursing Care", "1", "240", "240");
    }

    @Test
    void aScannedTotalWhoseRupeeSignWasReadAsADigitAgreesWithTheRows() {
        Bill bill = extractor.extract(Fixtures.scanned("ocr-rupee-total.txt"), DocumentType.HOSPITAL_BILL);
        assertEquals(4, bill.items().size());
        assertItem(bill.items().get(1), "I AND D", "1", "1200.00", "1200.00");
        assertItem(bill.items().get(2), "USG NECK", "1", "680.00", "680.00");
        assertEquals(money("2515.00"), bill.stated().subtotal());
        assertEquals(money("2515.00"), bill.stated().statedTotal());
    }

    @Test
    void skipsNumericCellsOcrGarbledAndReadsSummaryWordsRunTogether() {
        Bill bill = extractor.extract(Fixtures.scanned("ocr-garbled-cells.txt"), DocumentType.PHARMACY_INVOICE);
        assertEquals(3, bill.items().size());
        assertItem(bill.items().get(0), "PHY/RL 500ml", "6", "35.00", "210.00");
        assertItem(bill.items().get(1), "Metronidazole 500 mg Infusion 100 ml", "3", "20.00", "60.00");
        assertItem(bill.items().get(2), "ICU Chgs.", "1", "5250.00", "5250.00");
        assertEquals(money("5520.00"), bill.stated().statedTotal());
    }

    @Test
    void aGrossTotalAboveADiscountIsNotTheAmountPayable() {
        Bill bill = extractor.extract(Fixtures.scanned("ocr-payable-unreadable.txt"), DocumentType.HOSPITAL_BILL);
        assertEquals(money("600.00"), bill.stated().subtotal());
        assertEquals(money("60.00"), bill.stated().discount());
        assertNull(bill.stated().statedTotal(), "the payable row could not be read");
    }

    @Test
    void aNumberedRowNamedByAShortCodeLikeWordKeepsItsWrappedName() {
        Bill bill = extract("short-name-wrapped.txt");
        assertEquals(3, bill.items().size());
        assertItem(bill.items().get(0), "Dexamethasone 4mg injection", "8", "10.00", "80.00");
        assertItem(bill.items().get(1), "2D ECHOCARDIOGRAPHY", "1", "1275.00", "1275.00");
    }

    @Test
    void aSectionHeadingOcrSplitIsStillAHeadingNotTheTailOfTheRowAbove() {
        Bill bill = extractor.extract(Fixtures.scanned("ocr-garbled-heading.txt"), DocumentType.HOSPITAL_BILL);
        assertEquals(5, bill.items().size());
        assertItem(bill.items().get(1), "Fibreoptic Bronchoscopy", "1", "4500.00", "4500.00");
        assertItem(bill.items().get(3), "Room Rent and NURSING CARE CHARGES", "1", "900.00", "900.00");
    }

    @Test
    void readsIndianGroupingWithRupeeMarks() {
        Bill bill = extract("indian-grouping-rupee.txt");
        assertItem(bill.items().get(0), "Total Knee Replacement", "1", "185000", "185000");
        assertItem(bill.items().get(2), "Implant - Knee Prosthesis", "1", "95000", "95000");
        assertEquals(money("305000"), bill.stated().subtotal());
        assertEquals(money("5000"), bill.stated().discount());
        assertEquals(money("300000"), bill.stated().statedTotal());
    }

    @Test
    void addsTaxRowsAndSkipsTheHsnColumn() {
        Bill bill = extract("gst-tax-rows.txt");
        assertEquals(2, bill.items().size());
        assertItem(bill.items().get(0), "Nebulizer Machine Rental", "3", "200", "600");
        assertEquals(money("180.00"), bill.stated().tax());
        assertEquals(money("1680.00"), bill.stated().statedTotal());
    }

    @Test
    void dropsBatchExpiryAndMakerColumnsFromPharmacyRows() {
        Bill bill = extract("pharmacy-batch-expiry.txt");
        assertEquals(3, bill.items().size());
        assertItem(bill.items().get(0), "Tab Pan 40", "10", "12.50", "125.00");
        assertItem(bill.items().get(1), "Syp Ascoril LS 100ml", "1", "118.00", "118.00");
        assertEquals(Category.MEDICINE, bill.items().get(2).category());
        assertEquals(money("37.30"), bill.stated().discount());
        assertEquals(money("335.70"), bill.stated().statedTotal());
    }

    @Test
    void readsATableSplitOverPagesWithRepeatedHeaderAndCarriedTotals() {
        Bill bill = extract("multipage-repeated-header.txt");
        assertEquals(4, bill.items().size());
        assertEquals(List.of(1, 1, 2, 2), bill.items().stream().map(LineItem::page).toList());
        assertItem(bill.items().get(3), "Inj Pantoprazole 40mg", "3", "55", "165");
        assertEquals(money("2815.00"), bill.stated().statedTotal());
    }

    @Test
    void readsThroughOcrNoiseAndMarksRepairedRowsLessCertain() {
        Bill bill = extract("ocr-noise.txt");
        assertEquals(4, bill.items().size());
        assertItem(bill.items().get(0), "Consultation - Physician", "1", "500", "500");
        assertItem(bill.items().get(1), "Ultrasound Whole Abdomen", "1", "1250", "1250");
        assertItem(bill.items().get(2), "Dressing - Large", "2", "300", "600");
        assertItem(bill.items().get(3), "Urine Routine", "1", "80", "80");
        assertTrue(bill.items().get(1).confidence() < 1.0);
        assertTrue(bill.items().get(3).confidence() < 1.0);
        assertEquals(money("2430.00"), bill.stated().subtotal());
    }

    @Test
    void readsAmountsWithPointsForThousandsAndSummaryLabelsOcrMisspelt() {
        Bill bill = extract("ocr-dotted-thousands.txt");
        assertEquals(3, bill.items().size());
        assertItem(bill.items().get(0), "Normal Delivery Charges", "1", "15000.00", "15000.00");
        assertItem(bill.items().get(1), "Upper GI Endoscopy", "1", "2375.00", "2375.00");
        assertItem(bill.items().get(2), "Asthalin Respules", "4", "12.60", "50.40");
        assertEquals(money("17425.40"), bill.stated().statedTotal());
    }

    @Test
    void usesArithmeticToPlaceNumbersWhenThereIsNoHeader() {
        Bill bill = extract("no-header.txt");
        assertEquals(3, bill.items().size());
        assertItem(bill.items().get(0), "Registration Fee", "1", "100", "100");
        assertItem(bill.items().get(1), "Dressing Small", "2", "150", "300");
        assertItem(bill.items().get(2), "Inj Tetanus Toxoid", "1", "45.50", "45.50");
        assertEquals(money("445.50"), bill.stated().statedTotal());
    }

    @Test
    void skipsSectionHeadingsAndSectionTotals() {
        Bill bill = extract("section-headings.txt");
        assertEquals(List.of("Liver Function Test", "Serum Creatinine", "Tab Azithral 500", "Inj Monocef 1g"),
                bill.items().stream().map(LineItem::description).toList());
        assertEquals(money("608.00"), bill.stated().subtotal());
        assertEquals(money("608.00"), bill.stated().statedTotal());
    }

    @Test
    void keepsAnAmountThatDisagreesWithQuantityTimesRate() {
        Bill bill = extract("arithmetic-error-kept.txt");
        assertItem(bill.items().get(0), "Tab Augmentin 625", "10", "14.40", "164.00");
        assertEquals(1.0, bill.items().get(0).confidence());
    }

    @Test
    void statesTheTotalBeforeTheAdvanceIsSetAgainstIt() {
        Bill bill = extract("advance-and-balance.txt");
        assertEquals(2, bill.items().size());
        assertEquals(money("16000.00"), bill.stated().statedTotal());
    }

    @Test
    void fillsQuantityAndRateFromTheAmountWhenCellsAreBlank() {
        Bill bill = extract("amount-only-rows.txt");
        assertItem(bill.items().get(0), "Registration Charges", "1", "200", "200");
        assertItem(bill.items().get(1), "Room Rent", "2", "2000", "4000");
        assertItem(bill.items().get(2), "Nursing Charges", "1", "500", "500");
        assertEquals(Category.ROOM, bill.items().get(1).category());
    }

    @Test
    void takesDayTotalsForSectionsAndTheGrandTotalForTheBill() {
        Bill bill = extract("ledger-day-totals.txt");
        assertEquals(5, bill.items().size());
        assertNull(bill.stated().subtotal());
        assertEquals(money("16460.00"), bill.stated().statedTotal());
        assertEquals(LocalDate.of(2025, 8, 11), bill.items().get(4).date());
        assertEquals(LocalDate.of(2025, 8, 14), bill.billDate());
    }

    @Test
    void joinsACodedRowWhoseAmountsStandOnTheNextPageLine() {
        Bill bill = extract("code-opened-wrap-over-pages.txt");
        assertEquals(4, bill.items().size());
        assertItem(bill.items().get(3), "Appendicectomy (Open) including OT and anaesthesia", "1", "32000", "32000");
        assertEquals(2, bill.items().get(3).page());
        assertEquals(money("39550.00"), bill.stated().statedTotal());
    }

    @Test
    void seesNoTaxAddedWhenPricesAlreadyIncludeIt() {
        Bill bill = extract("pharmacy-gst-inclusive.txt");
        assertEquals(3, bill.items().size());
        assertItem(bill.items().get(0), "Pantocid 40mg Tab", "15", "10.50", "157.50");
        assertEquals(money("0"), bill.stated().tax());
        assertTrue(bill.stated().taxIncluded(), "GST printed inside the amounts is reported as included");
        assertEquals(money("274.30"), bill.stated().statedTotal());
    }

    @Test
    void readsThousandsSeparatedByAThinSpace() {
        Bill bill = extract("thin-space-thousands.txt");
        assertItem(bill.items().get(0), "Consultation", "1", "1250", "1250");
        assertItem(bill.items().get(2), "Physiotherapy", "4", "500", "2000");
        assertEquals(money("9750.00"), bill.stated().statedTotal());
    }

    @Test
    void readsAnAmountWithASpaceAfterItsThousandsSeparator() {
        Bill bill = extract("space-after-separator.txt");
        assertEquals(2, bill.items().size());
        assertItem(bill.items().get(0), "Room Rent", "9", "15000", "135000");
        assertEquals(money("209763.00"), bill.stated().statedTotal());
    }

    @Test
    void keepsAShortFirstWordBesideTheSerialInTheDescription() {
        Bill bill = extract("short-first-words.txt");
        assertEquals(List.of("Consultation", "Non Invasive Procedure", "OT Charges", "Room Rent"),
                bill.items().stream().map(item -> item.description().replaceFirst("\\(.*", "")).toList());
    }

    @Test
    void takesALineTheChargesAboveAddUpToAsTheirTotal() {
        Bill bill = extract("unlabelled-total.txt");
        assertEquals(List.of("Consultation", "Investigations", "Pharmacy Consumables", "Ward Pharmacy"),
                bill.items().stream().map(LineItem::description).toList());
    }

    @Test
    void readsAChargePrintedSplitBetweenPatientAndPayerAsTheirSum() {
        Bill bill = extract("payer-shares.txt");
        assertEquals(4, bill.items().size());
        assertItem(bill.items().get(0), "NICU", "1", "4800", "4800");
        assertItem(bill.items().get(1), "NICU", "2", "4800", "9600");
        // the amount printed disagrees with quantity × rate and nothing after it makes up the difference: as printed
        assertItem(bill.items().get(3), "PRIVATE WARD", "1", "3200", "3500");
    }

    @Test
    void readsSingleSpacedRowsByTheirArithmetic() {
        Bill bill = extract("single-spaced-uppercase.txt");
        assertEquals(5, bill.items().size());
        assertItem(bill.items().get(2), "INJ CEFTRIAXONE 1GM", "8", "65", "520");
        assertEquals(Category.IMAGING, bill.items().get(3).category());
        assertEquals(money("5520.00"), bill.stated().statedTotal());
    }

    @Test
    void keepsRowsThatProveThemselvesChargesAboveAHeaderOcrGarbled() {
        Bill bill = extract("garbled-first-header.txt");
        assertEquals(List.of("Semi Private Room", "Consultation - Physician", "Skin biopsy with histopathology", "Inj Ondansetron 4mg"),
                bill.items().stream().map(LineItem::description).toList());
        assertEquals(List.of(1, 1, 1, 2), bill.items().stream().map(LineItem::page).toList());
        assertEquals(money("6536.00"), bill.stated().statedTotal());
    }

    @Test
    void datesRowsByTheHeadingsAboveThemInsideABoxDrawnTable() {
        Bill bill = extract("boxed-day-headings.txt");
        assertEquals(3, bill.items().size());
        assertItem(bill.items().get(0), "Twin Sharing Room", "1", "2400", "2400");
        assertItem(bill.items().get(1), "Nebulisation", "3", "90", "270");
        assertItem(bill.items().get(2), "Twin Sharing Room", "1", "2400", "2400");
        assertEquals(List.of(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4)),
                bill.items().stream().map(LineItem::date).toList());
        assertEquals(money("5070.00"), bill.stated().statedTotal());
    }

    @Test
    void readsAQuantityColumnLeftOfTheDescriptionAndPercentTaxCells() {
        Bill bill = extract("quantity-before-description.txt");
        assertEquals(3, bill.items().size());
        assertItem(bill.items().get(0), "Inj Meropenem 1g", "2", "980", "1960");
        assertItem(bill.items().get(1), "Pantoprazole 40 mg Tablet", "10", "5.50", "55");
        assertItem(bill.items().get(2), "Piperacillin and Tazobactam 4.5g injection", "3", "410", "1230");
    }

    @Test
    void tellsDepartmentHeadingsFromTheTailOfAWrappedRow() {
        Bill bill = extract("department-headings.txt");
        assertEquals(List.of("Consultation - Cardiologist", "Operation Theatre Charges", "Private Room"),
                bill.items().stream().map(LineItem::description).toList());
        assertEquals(LocalDate.of(2025, 3, 1), bill.items().get(1).date());
        assertEquals(money("16200.00"), bill.stated().statedTotal());
    }

    @Test
    void readsTheServiceDateFromALastColumnTitledOverTwoLines() {
        Bill bill = extract("date-of-service-last.txt");
        assertEquals(2, bill.items().size());
        assertItem(bill.items().get(0), "High Dependency Unit Fee", "1", "3150", "3150");
        assertEquals(List.of(LocalDate.of(2025, 12, 11), LocalDate.of(2025, 12, 10)),
                bill.items().stream().map(LineItem::date).toList());
    }

    @Test
    void keepsSectionHeadingsOutOfTheHeaderAndTheDescriptions() {
        Bill bill = extract("heading-under-header.txt");
        assertEquals(List.of("Dressing - Large", "Colonoscopy", "Lipase"), bill.items().stream().map(LineItem::description).toList());
        assertNull(bill.stated().subtotal());
        assertEquals(money("4470.00"), bill.stated().statedTotal());
    }

    @Test
    void givesNoItemsForADocumentThatIsNotABill() {
        Bill bill = extractor.extract(Fixtures.document("discharge-summary.txt"), DocumentType.NOT_A_BILL);
        assertTrue(bill.items().isEmpty());
        assertEquals(DocumentType.NOT_A_BILL, bill.type());
    }
}

package com.billaudit.extraction;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.billaudit.extraction.Fixtures.assertItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same page read by OCR and from a text layer: only the OCR reading is read again where
 * quantity × rate disagrees with the amount, and only into a reading the page itself supports.
 */
class OcrRepairsTest {

    private final LineItemExtractor extractor = new LineItemExtractor();

    @Test
    void readsCommonOcrSlipsAgainWhenTheRowsOwnArithmeticSettlesThem() {
        List<LineItem> items = extractor.extract(Fixtures.scanned("ocr-misreads.txt"), DocumentType.HOSPITAL_BILL).items();
        assertItem(items.get(0), "Normal Delivery", "1", "12750", "12750");
        assertItem(items.get(1), "MRI LS Spine", "1", "3825", "3825");
        assertItem(items.get(2), "Foley Catheter", "5", "114", "570");
        for (LineItem repaired : items.subList(0, 3)) {
            assertTrue(repaired.confidence() < 0.9, repaired.description() + " " + repaired.confidence());
        }
    }

    @Test
    void letsTheGrossSettleTheOneAmountThatKeepsTheRowsFromAddingUp() {
        List<LineItem> items = extractor.extract(Fixtures.scanned("ocr-misreads.txt"), DocumentType.HOSPITAL_BILL).items();
        assertItem(items.get(3), "Blood Culture and Sensitivity", "1", "550", "550");
    }

    @Test
    void readsAgainAPointReadAsADigitAndARateAndAmountBothMisread() {
        List<LineItem> items = extractor.extract(Fixtures.scanned("ocr-two-misreads.txt"), DocumentType.HOSPITAL_BILL).items();
        assertItem(items.get(0), "Tab Aspirin 75 mg", "2", "1.00", "2.00");
        assertItem(items.get(1), "ASPIRIN 75 MG TABLET", "15", "0.95", "14.25");
        assertItem(items.get(2), "Tab Cetzine 10", "4", "1.35", "5.40");
        assertTrue(items.get(1).confidence() < items.get(0).confidence());
    }

    @Test
    void keepsADisagreementThatNoMisreadingExplains() {
        List<LineItem> items = extractor.extract(Fixtures.scanned("ocr-misreads.txt"), DocumentType.HOSPITAL_BILL).items();
        assertItem(items.get(4), "Tab Augmentin 625", "10", "14.40", "164.00");
    }

    @Test
    void keepsAmountsAsPrintedWhenTheyAddUpToTheBillsTotal() {
        List<LineItem> items = extractor.extract(Fixtures.scanned("ocr-planted-error.txt"), DocumentType.HOSPITAL_BILL).items();
        assertItem(items.get(0), "General Ward", "2", "1000", "2000");
        // 1 × 500 printed as 1,500: the total counts 1,500, so it is the bill's own arithmetic, left for the audit
        assertItem(items.get(1), "SARS-COV-2 RT-PCR", "1", "500", "1500");
    }

    @Test
    void readsAgainARateOneLookalikeDigitFromWhatTheConfirmedAmountSays() {
        List<LineItem> items = extractor.extract(Fixtures.scanned("ocr-misread-rate.txt"), DocumentType.HOSPITAL_BILL).items();
        assertItem(items.get(0), "Intensive Care Unit", "1", "5000", "5000");
        // 164 ÷ 10 = 16.40 is not a lookalike of 14.40: the bill's own arithmetic stays for the audit
        assertItem(items.get(1), "Tab Augmentin 625", "10", "14.40", "164");
    }

    @Test
    void takesATextLayerExactlyAsPrinted() {
        Bill bill = extractor.extract(Fixtures.document("ocr-misreads.txt"), DocumentType.HOSPITAL_BILL);
        List<LineItem> items = bill.items();
        assertItem(items.get(0), "Normal Delivery", "112", "750", "12750");
        assertItem(items.get(1), "MRI LS Spine", "1", "13825", "3825");
        assertItem(items.get(2), "Foley Catheter", "3", "114", "570");
        assertItem(items.get(3), "Blood Culture and Sensitivity", "1", "550", "990");
        assertEquals(5, items.size());
    }
}

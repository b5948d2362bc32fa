package com.billaudit.extraction;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.DocumentType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentClassifierTest {

    private final DocumentClassifier classifier = new DocumentClassifier();

    private DocumentType classify(String fixture) {
        return classifier.classify(Fixtures.document(fixture));
    }

    @Test
    void aChargeTableWithTotalsIsAHospitalBill() {
        assertEquals(DocumentType.HOSPITAL_BILL, classify("classic-serial-particulars.txt"));
        assertEquals(DocumentType.HOSPITAL_BILL, classify("ledger-date-carried-forward.txt"));
    }

    @Test
    void batchExpiryAndDrugLicenceMakeAPharmacyInvoice() {
        assertEquals(DocumentType.PHARMACY_INVOICE, classify("pharmacy-batch-expiry.txt"));
    }

    @Test
    void aHospitalsOwnPharmacyOnHospitalRoadStillIssuesAPharmacyInvoice() {
        assertEquals(DocumentType.PHARMACY_INVOICE, classify("hospital-pharmacy-invoice.txt"));
    }

    @Test
    void aDiagnosticCentresTestChargesAreADiagnosticBill() {
        assertEquals(DocumentType.DIAGNOSTIC_REPORT, classify("diagnostic-centre-bill.txt"));
    }

    @Test
    void documentsWithoutChargesAreNotBills() {
        assertEquals(DocumentType.NOT_A_BILL, classify("discharge-summary.txt"));
        assertEquals(DocumentType.NOT_A_BILL, classify("lab-report.txt"));
    }

    @Test
    void hsnCodesPricedAtMrpUnderADrugLicenceMakeAPharmacyInvoice() {
        assertEquals(DocumentType.PHARMACY_INVOICE, classify("ocr-pharmacy-hsn-mrp.txt"));
    }

    @Test
    void aScannedPrescriptionWithItsCuesMisreadIsNotABill() {
        // "Rx" read as "Re:", "Advice" as "Adrice", the GSTIN line in the letterhead as a tax row: the dose schedules still tell
        assertEquals(DocumentType.NOT_A_BILL, classify("ocr-prescription.txt"));
    }

    @Test
    void aTextWithChargeRowsButNoHeaderIsStillABill() {
        assertEquals(DocumentType.HOSPITAL_BILL, classify("no-header.txt"));
    }

    @Test
    void aUsPharmacyReceiptWithRxLinesIsAPharmacyInvoice() {
        assertEquals(DocumentType.PHARMACY_INVOICE, classifier.classify(ClassificationFixtures.document("us-pharmacy-receipt.txt")));
    }

    @Test
    void aTextBillWhoseOnlyTotalIncludesGstIsAHospitalBill() {
        // no table header, no column titles: amounts after "Rs" and a total row under a hospital's name
        assertEquals(DocumentType.HOSPITAL_BILL, classifier.classify(ClassificationFixtures.document("tax-inclusive-text-bill.txt")));
    }

    @Test
    void aDischargeSummaryWithDosesAndLabValuesIsNotABill() {
        assertEquals(DocumentType.NOT_A_BILL, classifier.classify(ClassificationFixtures.document("discharge-summary.txt")));
    }

    @Test
    void aLabReportWithDecimalResultsIsNotABill() {
        // "Total Cholesterol 212.00" is a result, not a total row: the label goes on past "Total"
        assertEquals(DocumentType.NOT_A_BILL, classifier.classify(ClassificationFixtures.document("lab-report.txt")));
    }

    @Test
    void chargesSummedUpInATotalAreABillWhateverClinicalNotesSurroundThem() {
        assertEquals(DocumentType.HOSPITAL_BILL, classifier.classify(ClassificationFixtures.document("us-visit-bill-with-notes.txt")));
    }

    @Test
    void aHandwrittenCashMemoIsTypedByItsPrintedForm() {
        // none of its figures reads as an amount; the printed columns and licence say what it is
        assertEquals(DocumentType.PHARMACY_INVOICE, classifier.classify(ClassificationFixtures.document("handwritten-cash-memo.ocr")));
    }

    @Test
    void aPageWithNeitherBillNorOtherEvidenceIsUnknownNotNotABill() {
        assertEquals(DocumentType.UNKNOWN, classifier.classify(Fixtures.text("Thank you for choosing us\nPlease visit again soon\n")));
    }

    @Test
    void dosingAbbreviationsInAGarbledScanAreNoPrescription() {
        DocumentText garbled = ClassificationFixtures.scannedPage("""
                ee  Tae  OD   rn  wi ae
                Sos  nm  fe  BD  7  aa
                hs  lee ree  ort  Ese
                """, 0.3);
        assertEquals(DocumentType.UNKNOWN, classifier.classify(garbled));
    }

    @Test
    void anEmptyReadingIsUnknown() {
        assertEquals(DocumentType.UNKNOWN, classifier.classify(new DocumentText(List.of())));
        assertEquals(DocumentType.UNKNOWN, classifier.classify(Fixtures.text("  ~ .\n")));
    }
}

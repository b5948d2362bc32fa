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
    void anEmptyReadingIsUnknown() {
        assertEquals(DocumentType.UNKNOWN, classifier.classify(new DocumentText(List.of())));
        assertEquals(DocumentType.UNKNOWN, classifier.classify(Fixtures.text("  ~ .\n")));
    }
}

package com.billaudit.extraction;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.DocumentType;
import com.billaudit.extraction.DocumentEvidence.Issuer;
import com.billaudit.locale.LocaleDetector;
import com.billaudit.locale.LocaleProfile;

/**
 * Rules-mode document classification: a scorer over what the document prints (its wording, by
 * the locale's {@code document-evidence} lists; its column titles; amounts; total rows). A bill
 * says so with amounts, totals, bill wording and a charge table's columns; a pharmacy's bill with
 * batch, expiry and drug-licence wording or a chemist's letterhead, which the printed form of a
 * handwritten cash memo carries even when its figures cannot be read. A document is not a bill
 * only on evidence of another kind (a report's results against reference ranges, a discharge
 * summary's or prescription's wording, dose schedules), never for lack of bill words; and a
 * total row with amounts under a letterhead or a bill's title is a bill whatever else it prints.
 */
public final class DocumentClassifier {
    /** Fewer letters and digits than this is no reading at all. */
    private static final int READABLE = 20;
    /** Evidence, in points, that makes the case for a bill or for another kind of document. */
    private static final double DECIDED = 3;
    /** A letterhead naming a pharmacy, hospital or diagnostic centre outweighs a few words. */
    private static final int ISSUER = 3;
    /** Amount rows naming tests, as a share, that make a diagnostic centre's bill. */
    private static final double MOSTLY_TESTS = 0.6;

    private final LocaleDetector locales = new LocaleDetector();

    public DocumentType classify(DocumentText text) {
        return classify(text, locales.detect(text));
    }

    public DocumentType classify(DocumentText text, LocaleProfile locale) {
        DocumentEvidence evidence = DocumentEvidence.of(text, locale);
        if (evidence.letters() < READABLE) {
            return DocumentType.UNKNOWN;
        }
        if (billByItsOwnAccount(evidence)) {
            return billType(evidence);
        }
        if (evidence.amountRows() == 0 && evidence.totalRows() == 0 && evidence.report() + evidence.clinical() > 0) {
            return DocumentType.NOT_A_BILL; // a report's or a clinical note's own words and not one amount
        }
        double bill = billPoints(evidence);
        double other = otherKindPoints(evidence);
        if (other >= DECIDED && other >= bill && anotherKindSaysSo(evidence)) {
            return DocumentType.NOT_A_BILL;
        }
        return bill >= DECIDED ? billType(evidence) : DocumentType.UNKNOWN;
    }

    /** Amounts summed up in a total row, under a letterhead or a bill's own title. */
    private static boolean billByItsOwnAccount(DocumentEvidence e) {
        return e.totalRows() > 0 && e.amountRows() > 0 && (e.bill() > 0 || e.issuer() != Issuer.NONE);
    }

    private static double billPoints(DocumentEvidence e) {
        return (e.totalRows() > 0 ? 3 : 0) + Math.min(e.bill(), 3) + 0.5 * Math.min(e.columns(), 4)
                + 0.5 * Math.min(e.amountRows(), 6) + 0.5 * Math.min(e.pharmacy(), 4);
    }

    private static double otherKindPoints(DocumentEvidence e) {
        return Math.min(e.report(), 5) + Math.min(e.clinical(), 5) + Math.min(e.doses(), 3) + Math.min(e.schedules(), 3);
    }

    /**
     * A report's or a clinical note's own wording, or dose schedules: dosing abbreviations alone
     * are no such evidence ({@code BD} is a syringe maker, {@code OD} and {@code SOS} what OCR makes of a scribble).
     */
    private static boolean anotherKindSaysSo(DocumentEvidence e) {
        return e.report() + e.clinical() > 0 || e.schedules() >= 2;
    }

    private static DocumentType billType(DocumentEvidence e) {
        int pharmacy = (e.issuer() == Issuer.PHARMACY ? ISSUER : 0) + Math.min(e.pharmacy(), 5);
        int hospital = (e.issuer() == Issuer.HOSPITAL ? ISSUER : 0) + Math.min(e.hospital(), 5);
        if (pharmacy > hospital) {
            return DocumentType.PHARMACY_INVOICE;
        }
        if (e.issuer() == Issuer.DIAGNOSTIC && e.testShare() >= MOSTLY_TESTS) {
            return DocumentType.DIAGNOSTIC_REPORT;
        }
        return DocumentType.HOSPITAL_BILL;
    }
}

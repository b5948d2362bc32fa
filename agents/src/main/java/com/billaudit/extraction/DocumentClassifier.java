package com.billaudit.extraction;

import com.billaudit.domain.Category;
import com.billaudit.domain.DocumentText;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rules-mode document classification. A charge table with amounts makes a bill; pharmacy cues
 * (batch, expiry, MRP, drug licence, chemist) make it a pharmacy invoice and a diagnostic
 * centre's letterhead a diagnostic bill. A text without charges (discharge summary, lab
 * report) is not a bill. When in doubt a text with charge rows is a bill.
 */
public final class DocumentClassifier {

    private static final Pattern PHARMACY_CUES = Pattern.compile("(?i)\\b(batch|b\\.?\\s?no|exp(iry)?\\.?\\s*(date|dt)?|mrp"
            + "|d\\.?\\s?l\\.?\\s?no|drug\\s+licen[cs]e|chemists?|pharmacy|pharmacist|medicals?|medical\\s+stores?|druggists?"
            + "|pharma|schedule\\s+h)\\b");
    private static final Pattern ISSUER_PHARMACY = Pattern.compile("(?i)\\b(chemists?|pharmacy|medicals|medical\\s+stores?|druggists?"
            + "|pharma|drug\\s+house)\\b");
    private static final Pattern ISSUER_DIAGNOSTIC = Pattern.compile("(?i)\\b(diagnostics?|patholog(y|ical)|labs?|laboratory|laboratories"
            + "|imaging|scans?|radiology|x-?ray\\s+centre)\\b");
    private static final Pattern ISSUER_HOSPITAL = Pattern.compile("(?i)\\b(hospitals?|nursing\\s+home|medical\\s+(institute|college|centre|center)"
            + "|clinic|healthcare|multispeciality|multi-speciality|super\\s+speciality|research\\s+centre|ip\\s+bill|in-?patient)\\b");
    private static final Pattern REPORT_CUES = Pattern.compile("(?i)\\b(discharge\\s+summary|reference\\s+(range|interval)|normal\\s+range"
            + "|biological\\s+ref|test\\s+report|lab(oratory)?\\s+report|investigation\\s+report|diagnosis|impression|course\\s+in\\s+hospital"
            + "|advice\\s+on\\s+discharge|history|findings|prescription|rx|complaints|advice|discharge\\s+card|follow\\s+up)\\b");
    private static final Pattern REPORT_TABLE_CUES = Pattern.compile("(?i)\\b(reference\\s+(range|interval|value)s?|normal\\s+(range|values?)"
            + "|biological\\s+ref\\w*|ref\\.?\\s+range|discharge\\s+summary|(lab(oratory)?|test|investigation|pathology)\\s+report)\\b");
    /** "1-0-1", "0 - 0 - 1": a prescription's morning-noon-night doses. */
    private static final Pattern DOSE_SCHEDULE = Pattern.compile("(?<![\\d-])[0-2½]\\s?-\\s?[0-2½]\\s?-\\s?[0-2½](?![\\d-])");
    private static final Pattern BILL_CUES = Pattern.compile("(?i)\\b(bill|invoice|receipt|amount|total|payable|rs\\.?|inr|₹|charges)\\b");
    private static final Pattern HOSPITAL_ADDRESS = Pattern.compile(
            "(?i)hospitals?\\s+(road|rd\\.?|complex|campus|compound|premises|gate|pharmacy|chemists?|drug\\s+store|medical\\s+store)");
    /** "D.L. No", "DL No", and OCR's "OL No" for it. */
    private static final Pattern DRUG_LICENCE = Pattern.compile("(?i)\\b([do]\\.?\\s?l\\.?\\s?no|drug\\s+licen[cs]e)\\b");
    private static final int ISSUER_LINES = 6;

    public DocumentType classify(DocumentText text) {
        String all = text.text();
        if (all.codePoints().filter(Character::isLetterOrDigit).count() < 20) {
            return DocumentType.UNKNOWN;
        }
        ScannedDocument scanned = TableScanner.scan(text);
        int charges = scanned.items().size();
        boolean totals = !scanned.summaries().isEmpty();
        boolean reportCues = REPORT_CUES.matcher(all).find() || DOSE_SCHEDULE.matcher(all).results().count() >= 2;
        if (charges == 0 && !totals) {
            return BILL_CUES.matcher(all).results().count() >= 3 && !reportCues ? DocumentType.UNKNOWN : DocumentType.NOT_A_BILL;
        }
        if (!scanned.headerFound() && !totals && REPORT_TABLE_CUES.matcher(all).find()) {
            // results against reference ranges, and no charge header or total anywhere: a report
            return DocumentType.NOT_A_BILL;
        }
        if (!scanned.headerFound() && !totals && !hasMoneyAmounts(scanned) && reportCues) {
            // numbered lines of a prescription or discharge advice ("1-0-1 x 5 days (10)"): no charge table
            return DocumentType.NOT_A_BILL;
        }
        String issuer = issuer(text);
        if (isPharmacy(scanned, issuer, all)) {
            return DocumentType.PHARMACY_INVOICE;
        }
        if (ISSUER_DIAGNOSTIC.matcher(issuer).find() && !ISSUER_HOSPITAL.matcher(issuer).find() && mostlyTests(scanned)) {
            return DocumentType.DIAGNOSTIC_REPORT;
        }
        return DocumentType.HOSPITAL_BILL;
    }

    private static boolean isPharmacy(ScannedDocument scanned, String issuer, String all) {
        TableHeader header = scanned.header();
        // batch and expiry columns, or HSN codes priced at MRP: goods sold over a counter
        boolean pharmacyColumns = header != null && (header.has(ColumnRole.BATCH) || header.has(ColumnRole.EXPIRY)
                || header.has(ColumnRole.HSN) && header.columns().stream().anyMatch(c -> c.title().toLowerCase(Locale.ROOT).contains("mrp")));
        // "Hospital Road", "Hospital Complex", "(Hospital Pharmacy)" say where a chemist is, not that it is a hospital
        boolean hospitalIssuer = ISSUER_HOSPITAL.matcher(HOSPITAL_ADDRESS.matcher(issuer).replaceAll(" ")).find();
        long cues = PHARMACY_CUES.matcher(all).results().count();
        if (ISSUER_PHARMACY.matcher(issuer).find() && !hospitalIssuer) {
            return true;
        }
        if (pharmacyColumns && DRUG_LICENCE.matcher(all).find()) {
            // batch/expiry columns under a drug licence number: a pharmacy's invoice, whoever runs the pharmacy
            return true;
        }
        return pharmacyColumns && (cues >= 2 || share(scanned, Category.MEDICINE) >= 0.6) && !hospitalIssuer
                || pharmacyColumns && share(scanned, Category.MEDICINE) >= 0.8;
    }

    private static boolean hasMoneyAmounts(ScannedDocument scanned) {
        return scanned.items().stream().filter(i -> i.charge.amount().stripTrailingZeros().scale() > 0
                || i.cells.unplaced().stream().anyMatch(PrintedNumber::decimal)).count() >= 2;
    }

    private static boolean mostlyTests(ScannedDocument scanned) {
        return share(scanned, Category.INVESTIGATION) + share(scanned, Category.IMAGING) >= 0.6;
    }

    private static double share(ScannedDocument scanned, Category category) {
        List<DraftItem> items = scanned.items();
        if (items.isEmpty()) {
            return 0;
        }
        return (double) items.stream().filter(i -> Categories.of(i.description()) == category).count() / items.size();
    }

    /** The letterhead: the first few non-blank lines of the first page. */
    private static String issuer(DocumentText text) {
        if (text.pages().isEmpty()) {
            return "";
        }
        PageText first = text.pages().getFirst();
        return String.join("\n", first.lines().stream().map(TextLine::text).filter(s -> !s.isBlank())
                .limit(ISSUER_LINES).map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }
}

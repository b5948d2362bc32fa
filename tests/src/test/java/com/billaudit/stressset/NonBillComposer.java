package com.billaudit.stressset;

import java.util.List;
import java.util.Locale;

/**
 * Documents that are not bills but look like them: a discharge summary, a lab report (a table of
 * numbers with units and ranges, no charges) and a prescription (medicines with quantities).
 */
final class NonBillComposer {
    enum Kind { DISCHARGE_SUMMARY, LAB_REPORT, PRESCRIPTION }

    private record Analyte(String name, double low, double high, String unit, int decimals) {
    }

    private static final List<Analyte> ANALYTES = List.of(
            new Analyte("Haemoglobin", 12, 17, "g/dL", 1), new Analyte("Total Leucocyte Count", 4000, 11000, "/cumm", 0),
            new Analyte("Platelet Count", 150000, 450000, "/cumm", 0), new Analyte("Serum Creatinine", 0.6, 1.3, "mg/dL", 2),
            new Analyte("Blood Urea", 15, 45, "mg/dL", 0), new Analyte("Serum Sodium", 135, 145, "mmol/L", 0),
            new Analyte("Serum Potassium", 3.5, 5.1, "mmol/L", 1), new Analyte("Fasting Blood Sugar", 70, 110, "mg/dL", 0),
            new Analyte("HbA1c", 4, 5.6, "%", 1), new Analyte("Total Cholesterol", 120, 200, "mg/dL", 0),
            new Analyte("Triglycerides", 50, 150, "mg/dL", 0), new Analyte("SGOT (AST)", 5, 40, "U/L", 0),
            new Analyte("SGPT (ALT)", 5, 45, "U/L", 0), new Analyte("TSH", 0.4, 4.5, "uIU/mL", 2),
            new Analyte("ESR", 0, 20, "mm/hr", 0), new Analyte("C-Reactive Protein", 0, 6, "mg/L", 1));
    private static final List<String> MEDICINES = List.of("Tab Pan 40", "Tab Dolo 650", "Tab Augmentin 625", "Cap Becosules",
            "Tab Montair 10", "Tab Ecosprin 75", "Tab Atorva 10", "Syp Ascoril 10 ml", "Tab Glycomet 500", "Tab Cetzine 10");

    private final Kind kind;
    private final Pick pick;
    private final Sheet sheet;
    private final Metrics m;
    private final Formats f;

    NonBillComposer(Kind kind, Metrics metrics, Formats formats, Pick pick) {
        this.kind = kind;
        this.pick = pick;
        this.m = metrics;
        this.f = formats;
        this.sheet = new Sheet(metrics);
    }

    List<Page> compose() {
        var visit = Parties.visit(pick, pick.between(2, 6));
        switch (kind) {
            case DISCHARGE_SUMMARY -> {
                ProviderHeader.full(sheet, Parties.hospital(pick), pick.oneOf("DISCHARGE SUMMARY", "Discharge Summary", "DISCHARGE CARD"), true);
                pairs(List.of("Patient Name: " + visit.patient(), "UHID: " + visit.patientId(), "Age/Sex: " + visit.age() + "/" + visit.gender(),
                        "DOA: " + f.date(visit.admitted()), "DOD: " + f.date(visit.discharged()), "Consultant: " + visit.doctor()));
                paragraph("Diagnosis", pick.oneOf("Community acquired pneumonia (right lower lobe).", "Acute gastroenteritis with dehydration.",
                        "Dengue fever with thrombocytopenia.", "Acute calculous cholecystitis; laparoscopic cholecystectomy done."));
                paragraph("Course in hospital", "Admitted with fever for " + pick.between(2, 7) + " days. Treated with IV fluids, "
                        + "antibiotics and supportive care. Haemoglobin " + pick.between(10, 14) + "." + pick.between(0, 9)
                        + " g/dL, platelet count " + pick.between(40, 300) + ",000 /cumm on day 2. Improved and afebrile for 48 hours.");
                medicines("Advice on discharge");
                paragraph("Follow up", "Review in OPD after " + pick.oneOf("one week", "10 days", "two weeks") + " with CBC report.");
            }
            case LAB_REPORT -> {
                ProviderHeader.full(sheet, Parties.laboratory(pick), pick.oneOf("LABORATORY REPORT", "TEST REPORT", "Investigation Report"), true);
                pairs(List.of("Patient: " + visit.patient(), "Age/Sex: " + visit.age() + " Y/" + visit.gender(), "Ref. By: " + visit.doctor(),
                        "Sample No: " + pick.between(10000, 99999), "Collected: " + f.date(visit.admitted()), "Reported: " + f.date(visit.admitted())));
                labTable();
                sheet.gap(1);
                sheet.line("--- End of Report ---", m.bodySize(), false);
                sheet.line(Parties.doctor(pick) + ", MD (Pathology)", m.bodySize(), false);
            }
            case PRESCRIPTION -> {
                ProviderHeader.full(sheet, Parties.hospital(pick), visit.doctor() + ", MBBS, MD (Medicine)", pick.chance(0.5));
                pairs(List.of("Name: " + visit.patient(), "Age: " + visit.age(), "Date: " + f.date(visit.admitted()),
                        "OPD No: " + pick.between(1000, 9999)));
                paragraph("Complaints", pick.oneOf("Fever, body ache x 3 days.", "Cough and cold x 1 week.", "Burning epigastric pain."));
                medicines("Rx");
                paragraph("Advice", "Plenty of oral fluids. Review after " + pick.between(3, 10) + " days or earlier if needed.");
            }
            default -> throw new IllegalStateException(kind.name());
        }
        sheet.gap(1);
        sheet.rightAligned(sheet.right(), sheet.y, pick.oneOf("Signature", "Consultant", "Doctor's Signature"), m.bodySize(), false);
        return sheet.finish();
    }

    private void pairs(List<String> items) {
        double half = (sheet.right() - sheet.left()) / 2;
        for (int i = 0; i < items.size(); i += 2) {
            sheet.text(sheet.left(), items.get(i), m.bodySize(), false);
            if (i + 1 < items.size()) {
                sheet.text(sheet.left() + half, items.get(i + 1), m.bodySize(), false);
            }
            sheet.advance(m.bodySize());
        }
        sheet.gap(0.7);
    }

    private void paragraph(String heading, String text) {
        sheet.line(heading + ":", m.bodySize(), true);
        for (String part : sheet.wrap(text, sheet.right() - sheet.left(), m.bodySize(), false)) {
            sheet.line(part, m.bodySize(), false);
        }
        sheet.gap(0.5);
    }

    /** Medicines with dose, days and count: numbers in a row, but no prices. */
    private void medicines(String heading) {
        sheet.line(heading + ":", m.bodySize(), true);
        int n = 1;
        for (String medicine : pick.distinct(MEDICINES, pick.between(3, 6))) {
            int days = pick.oneOf(3, 5, 7, 10, 14);
            String dose = pick.oneOf("1-0-1", "1-0-0", "0-0-1", "1-1-1");
            int perDay = dose.chars().map(c -> c == '1' ? 1 : 0).sum();
            sheet.text(sheet.left(), n++ + ". " + medicine, m.bodySize(), false);
            sheet.text(sheet.left() + (sheet.right() - sheet.left()) * 0.45, dose + "  x " + days + " days", m.bodySize(), false);
            sheet.text(sheet.left() + (sheet.right() - sheet.left()) * 0.75, "(" + perDay * days + ")", m.bodySize(), false);
            sheet.advance(m.bodySize());
        }
        sheet.gap(0.5);
    }

    private void labTable() {
        double width = sheet.right() - sheet.left();
        double[] at = {0, 0.45, 0.62, 0.76};
        String[] heads = {"Test Name", "Result", "Unit", "Biological Ref. Interval"};
        for (int i = 0; i < heads.length; i++) {
            sheet.text(sheet.left() + width * at[i], heads[i], m.bodySize(), true);
        }
        sheet.advance(m.bodySize());
        sheet.hrule(sheet.left(), sheet.right());
        for (Analyte a : pick.distinct(ANALYTES, pick.between(6, 12))) {
            double value = a.low() + (a.high() - a.low()) * pick.uniform(-0.2, 1.2);
            String[] cells = {a.name(), String.format(Locale.ROOT, "%." + a.decimals() + "f", Math.max(0, value)), a.unit(),
                    String.format(Locale.ROOT, "%." + a.decimals() + "f - %." + a.decimals() + "f", a.low(), a.high())};
            for (int i = 0; i < cells.length; i++) {
                sheet.text(sheet.left() + width * at[i], cells[i], m.bodySize(), i == 1 && (value < a.low() || value > a.high()));
            }
            sheet.advance(m.bodySize());
        }
    }

    static String traitName(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package com.billaudit.stressset;

import com.billaudit.domain.Money;
import com.billaudit.stressset.Bill.Line;
import com.billaudit.stressset.Layout.Col;
import com.billaudit.stressset.Layout.Column;
import com.billaudit.stressset.Layout.DayGroups;
import com.billaudit.stressset.Layout.Ruling;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lays a bill out on pages: provider header, patient block, the charges table (headings, wrapped
 * descriptions, day and section groups, carried-forward rows across page breaks), the totals
 * block and the footer.
 */
final class BillComposer {
    private static final Map<String, String> SECTION_TITLES = Map.of("consultation", "CONSULTATION CHARGES",
            "room", "ROOM & NURSING CHARGES", "procedure", "PROCEDURE CHARGES", "investigation", "LABORATORY INVESTIGATIONS",
            "imaging", "RADIOLOGY & IMAGING", "medicine", "PHARMACY", "consumable", "MEDICAL CONSUMABLES", "other", "MISCELLANEOUS");

    private final Bill bill;
    private final Layout layout;
    private final Pick pick;
    private final Sheet sheet;
    private final Metrics m;
    private final Formats f;
    private final double body;
    private double[] x;
    private double[] w;
    private double gap;
    private double edgeGap;
    private double segmentTop;
    private BigDecimal running = Money.ZERO;
    private final boolean headingsAtLeftEdge;

    BillComposer(Bill bill, Layout layout, Metrics metrics, Pick pick) {
        this.bill = bill;
        this.layout = layout;
        this.pick = pick;
        this.m = metrics;
        this.sheet = new Sheet(metrics);
        this.f = layout.formats();
        this.body = metrics.bodySize();
        // Section and day headings start at the table's left edge or in the description column; a ruled grid keeps them in the cell.
        this.headingsAtLeftEdge = layout.ruling() != Ruling.GRID && pick.chance(0.5);
    }

    List<Page> compose() {
        ProviderHeader.full(sheet, bill.provider(), layout.title(), layout.centeredHeader());
        patientBlock();
        sizeColumns();
        tableHeading();
        rows();
        closeTable();
        totals();
        footer();
        return sheet.finish();
    }

    private void patientBlock() {
        var v = bill.visit();
        List<String[]> pairs = new ArrayList<>();
        boolean hospital = bill.kind() == Bill.Kind.HOSPITAL;
        pairs.add(new String[]{pick.oneOf("Patient Name", "Name", "Pt. Name", "Patient"), v.patient()});
        pairs.add(new String[]{pick.oneOf("UHID", "MRN", "Reg. No", "IP No"), v.patientId()});
        pairs.add(new String[]{hospital ? pick.oneOf("Bill No", "Bill No.", "Invoice No", "Receipt No") : pick.oneOf("Invoice No", "Bill No"),
                v.documentNo()});
        pairs.add(new String[]{pick.oneOf("Bill Date", "Date", "Dated"), f.date(v.discharged())});
        pairs.add(new String[]{"Age/Sex", v.age() + " Y / " + v.gender()});
        if (hospital) {
            pairs.add(new String[]{pick.oneOf("Admission Date", "DOA", "Date of Admission", "Admitted On"), f.date(v.admitted())});
            pairs.add(new String[]{pick.oneOf("Discharge Date", "DOD", "Date of Discharge", "Discharged On"), f.date(v.discharged())});
            pairs.add(new String[]{pick.oneOf("Consultant", "Treating Doctor", "Under Dr."), v.doctor()});
            if (pick.chance(0.5)) {
                pairs.add(new String[]{"Ward/Bed", pick.oneOf("General", "Semi-Pvt", "ICU", "Private") + " / " + pick.between(1, 40)});
            }
            if (pick.chance(0.3)) {
                // Cashless claims print the insurer's numbers in the header: long digit runs that are not money.
                pairs.add(new String[]{pick.oneOf("TPA", "Insurer"), pick.oneOf("Medi Assist", "Paramount Health", "Vidal Health TPA")});
                pairs.add(new String[]{pick.oneOf("Policy No", "Policy No."), String.valueOf(pick.between(10_000_000, 99_999_999))});
                pairs.add(new String[]{pick.oneOf("Claim ID", "Pre-auth No"), "CL" + pick.between(100_000, 999_999)});
            }
        } else {
            pairs.add(new String[]{pick.oneOf("Prescribed by", "Doctor", "Ref. by"), v.doctor()});
            pairs.add(new String[]{"D.L. No", "20B/" + pick.between(1000, 9999) + ", 21B/" + pick.between(1000, 9999)});
        }
        String separator = pick.oneOf(": ", " : ", ":  ");
        double width = sheet.right() - sheet.left();
        int perRow = 3;
        while (perRow > 1 && longest(pairs, separator) + m.columnGap() > width / perRow) {
            perRow--;
        }
        double colWidth = width / perRow;
        for (int i = 0; i < pairs.size(); i += perRow) {
            for (int j = 0; j < perRow && i + j < pairs.size(); j++) {
                String[] p = pairs.get(i + j);
                sheet.text(sheet.left() + j * colWidth, p[0] + separator + p[1], body, false);
            }
            sheet.advance(body);
        }
        sheet.gap(0.6);
    }

    private double longest(List<String[]> pairs, String separator) {
        return pairs.stream().mapToDouble(p -> m.width(p[0] + separator + p[1], body, false)).max().orElse(0);
    }

    private void sizeColumns() {
        List<Column> cols = layout.columns();
        int n = cols.size();
        w = new double[n];
        x = new double[n];
        gap = m.cells() && layout.ruling() == Ruling.GRID ? Math.max(3, m.columnGap()) : m.columnGap();
        edgeGap = gap;
        int descAt = -1;
        double others = 0;
        for (int i = 0; i < n; i++) {
            Column c = cols.get(i);
            if (c.kind() == Col.DESCRIPTION) {
                descAt = i;
                continue;
            }
            double widest = headingWidth(c);
            for (int line = 0; line < bill.lines().size(); line++) {
                widest = Math.max(widest, m.width(cell(c.kind(), line, null), body, false));
            }
            if (c.kind() == Col.AMOUNT) {
                widest = Math.max(widest, m.width(f.money(bill.lineTotal(), false), body, true));
            }
            w[i] = widest;
            others += widest;
        }
        double tableLeft = sheet.left() + (m.cells() && layout.ruling() == Ruling.GRID ? 2 : 0);
        double tableWidth = sheet.right() - tableLeft - (m.cells() && layout.ruling() == Ruling.GRID ? 2 : 0);
        double available = tableWidth - others - gap * (n - 1);
        double natural = bill.lines().stream().mapToDouble(l -> m.width(l.description(), body, false)).max().orElse(0);
        double desc = Math.max(available, m.width("Xxxxxxxxxxxx", body, false));
        if (layout.descriptionChars() > 0) {
            desc = Math.min(desc, Math.max(headingWidth(cols.get(descAt)), m.width("x".repeat(layout.descriptionChars()), body, false)));
        } else if (!m.cells() && natural < available && pick.chance(0.5)) {
            desc = natural + gap;
        }
        w[descAt] = desc;
        double spare = Math.max(0, tableWidth - others - desc - gap * (n - 1));
        gap += m.cells() ? Math.floor(spare / Math.max(1, n - 1)) : spare / Math.max(1, n - 1);
        x[0] = tableLeft;
        for (int i = 1; i < n; i++) {
            x[i] = x[i - 1] + w[i - 1] + gap;
        }
    }

    private double headingWidth(Column c) {
        double widest = 0;
        for (String part : c.header().split("\n")) {
            widest = Math.max(widest, m.width(part, body, true));
        }
        return widest;
    }

    private int amountColumn() {
        for (int i = 0; i < layout.columns().size(); i++) {
            if (layout.columns().get(i).kind() == Col.AMOUNT) {
                return i;
            }
        }
        throw new IllegalStateException("layout without an amount column");
    }

    private int descriptionColumn() {
        for (int i = 0; i < layout.columns().size(); i++) {
            if (layout.columns().get(i).kind() == Col.DESCRIPTION) {
                return i;
            }
        }
        throw new IllegalStateException("layout without a description column");
    }

    private double tableLeftEdge() {
        return x[0] - (layout.ruling() == Ruling.GRID ? (m.cells() ? 2 : edgeGap / 2) : 0);
    }

    private double tableRightEdge() {
        int last = x.length - 1;
        return x[last] + w[last] + (layout.ruling() == Ruling.GRID ? (m.cells() ? 1 : edgeGap / 2) : 0);
    }

    private void tableHeading() {
        segmentTop = sheet.y;
        if (layout.ruling() == Ruling.GRID || layout.ruling() == Ruling.LINES) {
            sheet.hrule(tableLeftEdge(), tableRightEdge());
        }
        int lines = layout.columns().stream().mapToInt(c -> c.header().split("\n").length).max().orElse(1);
        double top = sheet.y;
        for (int i = 0; i < x.length; i++) {
            Column c = layout.columns().get(i);
            String[] parts = c.header().split("\n");
            for (int k = 0; k < parts.length; k++) {
                double at = top + (lines - parts.length + k) * m.lineHeight(body);
                place(i, at, parts[k], true);
            }
        }
        sheet.y = top + lines * m.lineHeight(body);
        if (layout.ruling() != Ruling.NONE) {
            sheet.hrule(tableLeftEdge(), tableRightEdge());
        }
    }

    private void place(int column, double top, String s, boolean bold) {
        Column c = layout.columns().get(column);
        if (c.numeric() && c.kind() != Col.SNO) {
            sheet.rightAligned(x[column] + w[column], top, s, body, bold);
        } else {
            sheet.textAt(x[column], top, s, body, bold);
        }
    }

    private void rows() {
        List<Line> lines = bill.lines();
        String section = null;
        BigDecimal sectionSum = Money.ZERO;
        Object previousDate = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (layout.sections()) {
                String s = SECTION_TITLES.get(sectionKey(line.category()));
                if (!s.equals(section)) {
                    if (section != null && layout.sectionTotals()) {
                        sumRow(pick.oneOf("Sub Total", "Total " + section, "Section Total"), sectionSum);
                    }
                    section = s;
                    sectionSum = Money.ZERO;
                    headingRow(s);
                }
            }
            if (layout.dayGroups() == DayGroups.HEADING && !Objects.equals(line.date(), previousDate)) {
                headingRow(pick.oneOf("Date: ", "", "Services on ") + f.date(line.date()));
            }
            String showDate = layout.dayGroups() == DayGroups.BLANK_REPEATS && Objects.equals(line.date(), previousDate) ? "" : null;
            itemRow(i, showDate);
            previousDate = line.date();
            sectionSum = sectionSum.add(line.amount());
        }
        if (section != null && layout.sectionTotals()) {
            sumRow(pick.oneOf("Sub Total", "Total " + section, "Section Total"), sectionSum);
        }
        if (layout.totalsWords().subTotalInTable()) {
            sumRow(layout.totalsWords().subTotal(), bill.lineTotal());
        }
    }

    private static String sectionKey(String category) {
        return category.equals("nursing") ? "room" : category;
    }

    private void itemRow(int index, String dateOverride) {
        int descAt = descriptionColumn();
        List<String> descLines = sheet.wrap(bill.lines().get(index).description(), w[descAt], body, false);
        double height = descLines.size() * m.lineHeight(body) + (layout.ruling() == Ruling.GRID ? m.ruleSpace() : 0);
        ensureRoom(height);
        double top = sheet.y;
        for (int i = 0; i < x.length; i++) {
            Col kind = layout.columns().get(i).kind();
            if (kind == Col.DESCRIPTION) {
                for (int k = 0; k < descLines.size(); k++) {
                    sheet.textAt(x[i], top + k * m.lineHeight(body), descLines.get(k), body, false);
                }
            } else {
                place(i, top, cell(kind, index, dateOverride), false);
            }
        }
        sheet.y = top + descLines.size() * m.lineHeight(body);
        running = running.add(bill.lines().get(index).amount());
        if (layout.ruling() == Ruling.GRID) {
            sheet.hrule(tableLeftEdge(), tableRightEdge());
        }
    }

    private void headingRow(String text) {
        ensureRoom(2 * m.lineHeight(body));
        sheet.textAt(headingsAtLeftEdge ? x[0] : x[descriptionColumn()], sheet.y, text, body, true);
        sheet.advance(body);
    }

    private void sumRow(String label, BigDecimal amount) {
        ensureRoom(m.lineHeight(body));
        sumRowHere(label, amount);
    }

    private void sumRowHere(String label, BigDecimal amount) {
        sheet.textAt(x[descriptionColumn()], sheet.y, label, body, true);
        place(amountColumn(), sheet.y, f.money(amount, false), true);
        sheet.advance(body);
        if (layout.ruling() == Ruling.GRID) {
            sheet.hrule(tableLeftEdge(), tableRightEdge());
        }
    }

    /** Breaks the page when {@code height} does not fit, with carried/brought-forward rows and a repeated heading. */
    private void ensureRoom(double height) {
        double reserve = layout.carriedForward() ? m.lineHeight(body) + 2 * m.ruleSpace() : 0;
        if (sheet.fits(height + reserve)) {
            return;
        }
        if (layout.carriedForward()) {
            sumRowHere(pick.oneOf("Carried Forward", "Balance C/F", "Total c/f", "Carried over to next page"), running);
        }
        closeSegment();
        if (layout.pageNumbers()) {
            sheet.pageNumber();
        }
        sheet.newPage();
        if (layout.fullHeaderEveryPage()) {
            ProviderHeader.full(sheet, bill.provider(), layout.title(), layout.centeredHeader());
        } else {
            ProviderHeader.continuation(sheet, bill.provider(), bill.visit().documentNo());
        }
        tableHeading();
        if (layout.carriedForward()) {
            sumRowHere(pick.oneOf("Brought Forward", "Balance B/F", "Total b/f", "Brought over from previous page"), running);
        }
    }

    private void closeSegment() {
        if (layout.ruling() == Ruling.GRID) {
            double top = m.cells() ? segmentTop : segmentTop + m.ruleSpace() / 2;
            double bottom = m.cells() ? sheet.y - 1 : sheet.y - m.ruleSpace() / 2;
            sheet.vrule(tableLeftEdge(), top, bottom);
            for (int i = 1; i < x.length; i++) {
                sheet.vrule(x[i] - (m.cells() ? Math.ceil(gap / 2) : gap / 2), top, bottom);
            }
            sheet.vrule(tableRightEdge(), top, bottom);
        } else if (layout.ruling() == Ruling.LINES) {
            sheet.hrule(tableLeftEdge(), tableRightEdge());
        }
    }

    private void closeTable() {
        closeSegment();
        sheet.gap(0.3);
    }

    private String cell(Col kind, int index, String dateOverride) {
        Line line = bill.lines().get(index);
        return switch (kind) {
            case SNO -> String.valueOf(index + 1);
            case DATE -> dateOverride != null ? dateOverride : line.date() == null ? "" : f.date(line.date());
            case CODE -> internalCode(line);
            case DESCRIPTION -> line.description();
            case HSN -> line.pharma() == null ? "" : line.pharma().hsn();
            case BATCH -> line.pharma() == null ? "" : line.pharma().batch();
            case EXPIRY -> line.pharma() == null ? "" : line.pharma().expiry();
            case QTY -> f.quantity(line.quantity()) + (layout.quantityUnits() ? " " + unitWord(line) : "");
            case MRP -> line.pharma() == null ? "" : f.number(line.pharma().mrp());
            case RATE -> f.number(line.unitPrice());
            case GST -> line.pharma() == null ? "" : line.pharma().gstPercent() + "%";
            case AMOUNT -> f.money(line.amount(), false);
        };
    }

    /** The hospital's own charge code: never the scheme's code, which a real bill does not know. */
    private static String internalCode(Line line) {
        int hash = Math.floorMod(Wording.normalise(line.description()).hashCode(), 9000) + 1000;
        String prefix = switch (line.category()) {
            case "investigation" -> "LAB";
            case "imaging" -> "RAD";
            case "medicine" -> "PH";
            case "consumable" -> "CS";
            case "room", "nursing" -> "BED";
            default -> "SRV";
        };
        return prefix + hash;
    }

    private static String unitWord(Line line) {
        boolean one = line.quantity().compareTo(BigDecimal.ONE) == 0;
        return switch (line.category()) {
            case "room", "nursing" -> one ? "Day" : "Days";
            case "medicine" -> "Nos";
            case "consultation" -> one ? "Visit" : "Visits";
            default -> "No" + (one ? "" : "s");
        };
    }

    private void totals() {
        var words = layout.totalsWords();
        List<String[]> rows = new ArrayList<>();
        boolean adjusted = bill.discount().signum() != 0 || !bill.taxes().isEmpty() || bill.roundOff().signum() != 0
                || bill.advance().signum() != 0;
        if ((adjusted || words.alwaysSubTotal()) && !words.subTotalInTable()) {
            rows.add(new String[]{words.subTotal(), f.money(bill.lineTotal(), true)});
        }
        if (bill.discount().signum() != 0) {
            rows.add(new String[]{bill.discountLabel(), f.money(bill.discount(), true)});
        }
        for (Bill.Tax tax : bill.taxes()) {
            rows.add(new String[]{pick.oneOf("Add: ", "") + tax.label(), f.money(tax.amount(), true)});
        }
        if (bill.roundOff().signum() != 0) {
            rows.add(new String[]{words.roundOff(), f.money(bill.roundOff(), true)});
        }
        rows.add(new String[]{words.grandTotal(), f.money(bill.statedTotal(), true)});
        if (bill.advance().signum() != 0) {
            rows.add(new String[]{words.advance(), f.money(bill.advance(), true)});
            rows.add(new String[]{words.balance(), f.money(bill.statedTotal().subtract(bill.advance()), true)});
        }
        int amountAt = amountColumn();
        double valueRight = x[amountAt] + w[amountAt];
        double labelRight = x[amountAt] - gap;
        for (String[] row : rows) {
            if (!sheet.fits(m.lineHeight(body))) {
                newPlainPage();
            }
            boolean grand = row[0].equals(words.grandTotal());
            double labelX = Math.max(sheet.left(), labelRight - m.width(row[0], body, grand));
            sheet.textAt(labelX, sheet.y, row[0], body, grand);
            double valueX = Math.max(labelX + m.width(row[0], body, grand) + m.columnGap(),
                    valueRight - m.width(row[1], body, grand));
            sheet.textAt(valueX, sheet.y, row[1], body, grand);
            sheet.advance(body);
        }
        if (layout.amountInWords()) {
            sheet.gap(0.5);
            for (String part : sheet.wrap(pick.oneOf("Amount in words: ", "In Words: ", "Rupees in words: ")
                    + AmountWords.rupees(bill.statedTotal().subtract(bill.advance())), sheet.right() - sheet.left(), body, false)) {
                if (!sheet.fits(m.lineHeight(body))) {
                    newPlainPage();
                }
                sheet.line(part, body, false);
            }
        }
    }

    private void newPlainPage() {
        if (layout.pageNumbers()) {
            sheet.pageNumber();
        }
        sheet.newPage();
        ProviderHeader.continuation(sheet, bill.provider(), bill.visit().documentNo());
    }

    private void footer() {
        List<String> notes = bill.kind() == Bill.Kind.PHARMACY
                ? List.of("Goods once sold will not be taken back.", "Keep medicines out of reach of children.")
                : List.of("This is a computer generated bill.", "E. & O.E.  Subject to local jurisdiction.");
        if (!sheet.fits(4 * m.lineHeight(body))) {
            newPlainPage();
        }
        sheet.gap(1);
        for (String note : notes) {
            sheet.line(note, m.smallSize(), false);
        }
        sheet.gap(0.5);
        String sign = pick.oneOf("Authorised Signatory", "Cashier", "For " + bill.provider().name(), "Billing Executive");
        sheet.rightAligned(sheet.right(), sheet.y, sign, body, false);
        sheet.advance(body);
        if (layout.pageNumbers()) {
            sheet.pageNumber();
        }
    }
}

package com.billaudit.stressset;

import com.billaudit.stressset.Layout.Col;
import com.billaudit.stressset.Layout.Column;
import com.billaudit.stressset.Layout.DayGroups;
import com.billaudit.stressset.Layout.Ruling;
import com.billaudit.stressset.Layout.TotalsWords;

import java.util.ArrayList;
import java.util.List;

/** Random but plausible layouts: the vocabulary and arrangements of Indian hospital and pharmacy bills. */
final class LayoutPicker {
    private static final List<String> SNO = List.of("S.No", "Sr.", "Sl. No.", "#", "No.", "S. No.", "Sr No");
    private static final List<String> DESCRIPTION = List.of("Particulars", "Description", "Service Name", "Item",
            "Service Description", "Details", "Name of Service", "Item Description", "Particulars of Service");
    private static final List<String> QTY = List.of("Qty", "Units", "Nos", "Quantity", "Qty.", "No. of Units", "Unit(s)");
    private static final List<String> RATE = List.of("Rate", "Unit Price", "Price", "Unit\nRate", "Rate (Rs.)", "Unit\nPrice",
            "Charges\nPer Unit", "Tariff");
    private static final List<String> AMOUNT = List.of("Amount", "Total", "Net Amt", "Value", "Amount (Rs.)", "Amt",
            "Total Amount", "Net\nAmount", "Amount (INR)", "Amount (\u20B9)");
    private static final List<String> DATE = List.of("Date", "Service Date", "Dt.", "Date of\nService", "Date of Svc", "Txn Date");
    private static final List<String> CODE = List.of("Code", "Svc Code", "Service\nCode", "Item Code", "Chg. Code");
    private static final List<String> PRODUCT = List.of("Product", "Product Name", "Item Name", "Medicine", "Description",
            "Drug Name", "Particulars");
    private static final List<String> HOSPITAL_TITLES = List.of("IN-PATIENT FINAL BILL", "FINAL BILL", "DETAILED BILL",
            "INPATIENT BILL CUM RECEIPT", "IPD FINAL SETTLEMENT BILL", "HOSPITAL BILL", "Final Bill (Detailed)",
            "BILL OF SUPPLY", "PATIENT BILL - ITEMISED", "CASH BILL");
    private static final List<String> PHARMACY_TITLES = List.of("TAX INVOICE", "CASH MEMO", "GST INVOICE", "Retail Invoice",
            "BILL", "CREDIT BILL");

    private LayoutPicker() {
    }

    static Layout hospital(Pick pick, boolean multipage) {
        List<String> traits = new ArrayList<>();
        int arrangement = pick.between(0, 6);
        List<Column> columns = new ArrayList<>();
        Column sno = new Column(Col.SNO, pick.of(SNO));
        Column date = new Column(Col.DATE, pick.of(DATE));
        Column code = new Column(Col.CODE, pick.of(CODE));
        Column desc = new Column(Col.DESCRIPTION, pick.of(DESCRIPTION));
        Column qty = new Column(Col.QTY, pick.of(QTY));
        Column rate = new Column(Col.RATE, pick.of(RATE));
        Column amount = new Column(Col.AMOUNT, pick.of(AMOUNT));
        switch (arrangement) {
            case 0 -> columns.addAll(List.of(sno, desc, qty, rate, amount));
            case 1 -> columns.addAll(List.of(sno, date, desc, qty, rate, amount));
            case 2 -> columns.addAll(List.of(date, code, desc, qty, rate, amount));
            case 3 -> columns.addAll(List.of(sno, code, desc, rate, qty, amount));
            case 4 -> columns.addAll(List.of(sno, desc, date, qty, rate, amount));
            case 5 -> columns.addAll(List.of(desc, qty, rate, amount, date));
            default -> columns.addAll(List.of(sno, desc, rate, qty, amount));
        }
        traits.add("columns:" + columns.stream().map(c -> c.kind().name().toLowerCase()).reduce((a, b) -> a + "-" + b).orElse(""));
        DayGroups groups = DayGroups.NONE;
        boolean hasDate = columns.contains(date);
        if (hasDate && pick.chance(0.35)) {
            groups = DayGroups.BLANK_REPEATS;
        } else if (!hasDate && pick.chance(0.2)) {
            groups = DayGroups.HEADING;
        }
        boolean sections = groups == DayGroups.NONE && pick.chance(0.35);
        String name = multipage ? "multipage" : groups == DayGroups.HEADING ? "day-headings"
                : groups == DayGroups.BLANK_REPEATS ? "day-grouped" : sections ? "sectioned" : hasDate ? "ledger" : "classic";
        return finish(pick, name, pick.of(HOSPITAL_TITLES), columns, groups, sections, multipage, traits);
    }

    static Layout pharmacy(Pick pick) {
        List<String> traits = new ArrayList<>();
        Column sno = new Column(Col.SNO, pick.of(SNO));
        Column product = new Column(Col.DESCRIPTION, pick.of(PRODUCT));
        Column hsn = new Column(Col.HSN, pick.oneOf("HSN", "HSN Code", "HSN/SAC"));
        Column batch = new Column(Col.BATCH, pick.oneOf("Batch", "Batch No.", "B.No"));
        Column expiry = new Column(Col.EXPIRY, pick.oneOf("Exp", "Expiry", "Exp. Dt"));
        Column qty = new Column(Col.QTY, pick.oneOf("Qty", "Qty.", "Units", "Strips/Nos"));
        Column mrpAsPrice = new Column(Col.RATE, pick.oneOf("MRP", "M.R.P.", "Rate", "Price"));
        Column mrp = new Column(Col.MRP, pick.oneOf("MRP", "M.R.P."));
        Column rate = new Column(Col.RATE, pick.oneOf("Rate", "Net Rate", "Sale Rate"));
        Column gst = new Column(Col.GST, pick.oneOf("GST%", "GST", "Tax %"));
        Column amount = new Column(Col.AMOUNT, pick.oneOf("Amount", "Amt", "Total", "Value", "Net Amt"));
        List<Column> columns = switch (pick.between(0, 4)) {
            case 0 -> List.of(sno, product, batch, expiry, qty, mrpAsPrice, amount);
            case 1 -> List.of(sno, product, hsn, batch, expiry, qty, mrpAsPrice, amount);
            case 2 -> List.of(sno, product, batch, expiry, qty, mrp, rate, amount);
            case 3 -> List.of(sno, qty, product, batch, expiry, mrpAsPrice, gst, amount);
            default -> List.of(product, hsn, qty, mrpAsPrice, gst, amount);
        };
        traits.add("columns:" + columns.stream().map(c -> c.kind().name().toLowerCase()).reduce((a, b) -> a + "-" + b).orElse(""));
        return finish(pick, "pharmacy", pick.of(PHARMACY_TITLES), columns, DayGroups.NONE, false, false, traits);
    }

    private static Layout finish(Pick pick, String name, String title, List<Column> columns, DayGroups groups, boolean sections,
                                 boolean multipage, List<String> traits) {
        Formats formats = Formats.pick(pick);
        Ruling ruling = Ruling.values()[pick.weighted(3, 4, 2, 2)];
        boolean sectionTotals = sections && pick.chance(0.6);
        boolean carriedForward = multipage && pick.chance(0.7);
        boolean fullHeader = pick.chance(0.5);
        boolean quantityUnits = pick.chance(0.15);
        int descriptionChars = pick.chance(0.3) ? pick.between(16, 24) : 0;
        TotalsWords words = new TotalsWords(
                pick.oneOf("Sub Total", "Gross Total", "Total", "Total Amount", "Gross Amount", "Bill Amount"),
                pick.oneOf("Net Payable", "Grand Total", "Net Amount", "Total Payable", "Amount Payable", "Net Bill Amount",
                        "NET AMOUNT PAYABLE"),
                pick.oneOf("Round Off", "Rounding Off", "R/O", "Round off (+/-)"),
                pick.oneOf("Less: Advance Paid", "Advance Received", "Less: Deposit", "Paid (Advance)"),
                pick.oneOf("Balance Payable", "Balance Due", "Net Due", "Amount Due"),
                pick.chance(0.4), pick.chance(0.2));
        traits.add(formats.grouping().name().toLowerCase() + "-grouping");
        traits.add("currency:" + (formats.currency().isBlank() ? "none" : formats.currency().trim()) + (formats.currencyOnCells() ? "-cells" : ""));
        if (formats.wholeWithoutPaise()) {
            traits.add("no-paise-on-whole");
        }
        if (formats.slashDashTotals()) {
            traits.add("totals-slash-dash");
        }
        if (words.subTotalInTable()) {
            traits.add("total-row-in-table");
        }
        traits.add(formats.dateTraitName());
        traits.add("ruling:" + ruling.name().toLowerCase());
        if (groups != DayGroups.NONE) {
            traits.add("days:" + groups.name().toLowerCase());
        }
        if (sections) {
            traits.add(sectionTotals ? "sections+subtotals" : "sections");
        }
        if (carriedForward) {
            traits.add("carried-forward");
        }
        if (quantityUnits) {
            traits.add("qty-with-units");
        }
        if (descriptionChars > 0) {
            traits.add("wrapped-descriptions");
        }
        if (columns.stream().anyMatch(c -> c.header().contains("\n"))) {
            traits.add("two-line-headings");
        }
        return new Layout(name, title, columns, formats, ruling, groups, sections, sectionTotals, carriedForward, fullHeader,
                multipage || pick.chance(0.3), quantityUnits, descriptionChars, words, pick.chance(0.4), pick.chance(0.7), traits);
    }

    /** The bill shape this layout needs from the planner. */
    static BillPlanner.Shape shape(Pick pick, Layout layout, boolean multipage) {
        BillPlanner.Ordering ordering = layout.dayGroups() != DayGroups.NONE ? BillPlanner.Ordering.BY_DATE
                : layout.sections() ? BillPlanner.Ordering.BY_SECTION
                : layout.dated() && pick.chance(0.5) ? BillPlanner.Ordering.BY_DATE : BillPlanner.Ordering.AS_GENERATED;
        int items = multipage ? pick.between(45, 80) : pick.between(5, 22);
        return new BillPlanner.Shape(layout.dated(), layout.dated() && pick.chance(0.7), items, ordering, pick.uniform(0.2, 0.5));
    }
}

package com.billaudit.audit;

import com.billaudit.domain.Category;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.NonPayableItem;
import com.billaudit.domain.PrintedBill;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.Scheme;
import com.billaudit.domain.StatedTotals;
import com.billaudit.domain.TariffMatch;
import com.billaudit.domain.TariffRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Small builders for audit tests: lines, tariff rows, rulebooks. */
final class Bills {
    static final AuditSettings SETTINGS = AuditSettings.defaults();

    private Bills() {
    }

    static LineItem line(int index, String description, String quantity, String unitPrice, String amount) {
        return line(index, description, null, quantity, unitPrice, amount);
    }

    static LineItem line(int index, String description, LocalDate date, String quantity, String unitPrice,
                         String amount) {
        return new LineItem(index, description, date, new BigDecimal(quantity), Money.of(unitPrice), Money.of(amount),
                Category.OTHER, 1, 0.95, null);
    }

    static LineItem matched(LineItem line, String code, String rate, double similarity) {
        return line.withMatch(new TariffMatch("TEST", code, "Reference " + code, Money.of(rate), "per unit", similarity));
    }

    static TariffRow row(String code, String name, String rate, Category category, String... aliases) {
        return new TariffRow(code, name, Money.of(rate), "per unit", category, List.of(aliases), null,
                LocalDate.of(2024, 1, 1));
    }

    static Rulebook rulebook(List<TariffRow> tariff, List<NonPayableItem> nonPayable) {
        return new Rulebook(new Scheme("TEST", "Test scheme", "INR", new BigDecimal("0.10")), 1, tariff, 1, nonPayable);
    }

    static AuditInput input(List<LineItem> items) {
        return input(items, StatedTotals.NONE);
    }

    static AuditInput input(List<LineItem> items, StatedTotals stated) {
        return new AuditInput(items, stated, rulebook(List.of(), List.of()), SETTINGS);
    }

    /** The same line placed on bill {@code bill} of the upload. */
    static LineItem onBill(int bill, LineItem line) {
        return line.placed(line.code(), line.section(), bill);
    }

    /** Bill {@code index} of an upload with its own summary rows. */
    static PrintedBill printed(int index, StatedTotals stated) {
        return new PrintedBill(index, List.of(index), "B-" + index, null, null, stated);
    }

    static AuditInput input(List<LineItem> items, List<PrintedBill> bills) {
        return new AuditInput(items, StatedTotals.NONE, bills, rulebook(List.of(), List.of()), SETTINGS);
    }

    static StatedTotals stated(String discount, String tax, String total) {
        return new StatedTotals(null, discount == null ? null : Money.of(discount), tax == null ? null : Money.of(tax),
                total == null ? null : Money.of(total));
    }
}

package com.billaudit.server.analysis;

import com.billaudit.domain.BillTotals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.billaudit.server.analysis.AnalysisJson.money;

/** One bill of the upload (contract 1.1 {@code bills[]}); money at two decimals. */
public record BillJson(int index, List<Integer> pages, String number, LocalDate date, String seller,
                       BigDecimal lineItems, BigDecimal discount, BigDecimal tax, boolean taxIncluded,
                       BigDecimal roundOff, BigDecimal statedTotal) {

    static BillJson of(BillTotals bill) {
        return new BillJson(bill.index(), bill.pages(), bill.number(), bill.date(), bill.seller(),
                money(bill.lineItems()), money(bill.discount()), money(bill.tax()), bill.taxIncluded(),
                money(bill.roundOff()), money(bill.statedTotal()));
    }
}

package com.billaudit.extraction;

import com.billaudit.domain.Money;
import com.billaudit.domain.StatedTotals;

import java.math.BigDecimal;
import java.util.List;

/**
 * Tells tax added on top of the charges from tax already inside them. Pharmacies print MRPs
 * that include GST and then show the GST share below the table; the audit's arithmetic
 * (charges − discount + tax = total) must then see no tax added, or every such bill would look
 * overstated.
 */
final class TaxInclusion {

    private static final BigDecimal TOLERANCE = BigDecimal.ONE;

    private TaxInclusion() {
    }

    static StatedTotals settle(StatedTotals stated, List<DraftItem> items, List<SummaryRow> summaries) {
        return settleAdded(includedInTotal(stated, items, summaries), items);
    }

    /**
     * "TOTAL: Rs 2,95,000 (incl 18% GST)" with no tax row: the tax is the gap between the total and
     * the charges, taken only when the printed rate of the charges makes up exactly that gap.
     */
    private static StatedTotals includedInTotal(StatedTotals stated, List<DraftItem> items, List<SummaryRow> summaries) {
        if (stated.tax() != null || stated.statedTotal() == null || items.isEmpty()) {
            return stated;
        }
        BigDecimal charges = items.stream().map(i -> i.charge.amount()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .subtract(stated.discount() == null ? BigDecimal.ZERO : stated.discount());
        BigDecimal gap = stated.statedTotal().subtract(charges);
        for (SummaryRow row : summaries) {
            boolean total = row.kind() == SummaryKind.SUBTOTAL || row.kind() == SummaryKind.PAYABLE;
            BigDecimal rate = total ? SummaryLabels.includedTaxRate(row.label()).orElse(null) : null;
            if (rate != null && gap.signum() > 0 && charges.multiply(rate).movePointLeft(2).subtract(gap).abs().compareTo(TOLERANCE) <= 0) {
                return new StatedTotals(stated.subtotal(), stated.discount(), Money.scaled(gap), stated.statedTotal());
            }
        }
        return stated;
    }

    private static StatedTotals settleAdded(StatedTotals stated, List<DraftItem> items) {
        if (stated.tax() == null || stated.tax().signum() == 0 || stated.statedTotal() == null || items.isEmpty()) {
            return stated;
        }
        BigDecimal charges = items.stream().map(i -> i.charge.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal discount = stated.discount() == null ? BigDecimal.ZERO : stated.discount();
        BigDecimal withoutTax = charges.subtract(discount);
        boolean addedOnTop = withoutTax.add(stated.tax()).subtract(stated.statedTotal()).abs().compareTo(TOLERANCE) <= 0;
        boolean alreadyInside = withoutTax.subtract(stated.statedTotal()).abs().compareTo(TOLERANCE) <= 0;
        if (alreadyInside && !addedOnTop) {
            return new StatedTotals(stated.subtotal(), stated.discount(), Money.ZERO, stated.statedTotal()).withTaxIncluded(true);
        }
        return stated;
    }
}

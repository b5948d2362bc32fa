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

    static StatedTotals settle(StatedTotals stated, List<DraftItem> items) {
        if (stated.tax() == null || stated.tax().signum() == 0 || stated.statedTotal() == null || items.isEmpty()) {
            return stated;
        }
        BigDecimal charges = items.stream().map(i -> i.charge.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal discount = stated.discount() == null ? BigDecimal.ZERO : stated.discount();
        BigDecimal withoutTax = charges.subtract(discount);
        boolean addedOnTop = withoutTax.add(stated.tax()).subtract(stated.statedTotal()).abs().compareTo(TOLERANCE) <= 0;
        boolean alreadyInside = withoutTax.subtract(stated.statedTotal()).abs().compareTo(TOLERANCE) <= 0;
        if (alreadyInside && !addedOnTop) {
            return new StatedTotals(stated.subtotal(), stated.discount(), Money.ZERO, stated.statedTotal());
        }
        return stated;
    }
}

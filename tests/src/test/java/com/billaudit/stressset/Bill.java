package com.billaudit.stressset;

import com.billaudit.domain.Money;
import com.billaudit.stressset.Parties.Provider;
import com.billaudit.stressset.Parties.Visit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A generated bill: what is printed, plus the truth (tariff code, non-payable) behind each line. */
record Bill(Kind kind, Provider provider, Visit visit, List<Line> lines, BigDecimal discount, String discountLabel,
            List<Tax> taxes, BigDecimal roundOff, BigDecimal advance, BigDecimal statedTotal, List<String> issues) {

    enum Kind {
        HOSPITAL("hospital_bill"), PHARMACY("pharmacy_invoice");

        final String documentType;

        Kind(String documentType) {
            this.documentType = documentType;
        }
    }

    /**
     * One chargeable row. {@code code} is the tariff row it really is (null for non-payable and
     * off-tariff items); {@code pharma} holds the pharmacy-only columns (null on hospital bills).
     */
    record Line(String description, LocalDate date, String code, BigDecimal quantity, BigDecimal unitPrice,
                BigDecimal amount, String category, boolean hardVariant, boolean nonPayable, Pharma pharma) {

        Line withAmount(BigDecimal newAmount) {
            return new Line(description, date, code, quantity, unitPrice, newAmount, category, hardVariant, nonPayable, pharma);
        }

        Line withPrice(BigDecimal newUnitPrice) {
            Pharma repriced = pharma == null ? null : pharma.withMrp(Money.max(pharma.mrp(), newUnitPrice));
            return new Line(description, date, code, quantity, newUnitPrice, Money.times(quantity, newUnitPrice),
                    category, hardVariant, nonPayable, repriced);
        }
    }

    /** Batch, expiry and the printed MRP and GST rate of a pharmacy line (MRP is the pre-discount price). */
    record Pharma(String hsn, String batch, String expiry, BigDecimal mrp, int gstPercent) {
        Pharma withMrp(BigDecimal newMrp) {
            return new Pharma(hsn, batch, expiry, newMrp, gstPercent);
        }
    }

    record Tax(String label, BigDecimal amount) {
    }

    BigDecimal lineTotal() {
        return lines.stream().map(Line::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    BigDecimal taxTotal() {
        return taxes.stream().map(Tax::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    /** What the rows add up to after discount and tax, before any round-off or advance. */
    BigDecimal computedTotal() {
        return lineTotal().subtract(discount).add(taxTotal());
    }

    boolean dated() {
        return lines.stream().anyMatch(l -> l.date() != null);
    }
}

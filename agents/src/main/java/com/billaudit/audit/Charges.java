package com.billaudit.audit;

import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The figures of a line as the rules read them, with the defaults a sparse extraction needs. */
public final class Charges {
    private Charges() {
    }

    /** The billed quantity; 1 when none was read. */
    public static BigDecimal quantity(LineItem item) {
        return item.quantity() == null || item.quantity().signum() <= 0 ? BigDecimal.ONE : item.quantity();
    }

    /** The billed amount; 0 when none was read. */
    public static BigDecimal amount(LineItem item) {
        return item.amount() == null ? Money.ZERO : Money.scaled(item.amount());
    }

    /** The printed unit price, or amount ÷ quantity when none was printed. */
    public static BigDecimal unitPrice(LineItem item) {
        if (item.unitPrice() != null) {
            return Money.scaled(item.unitPrice());
        }
        return amount(item).divide(quantity(item), 2, RoundingMode.HALF_UP);
    }

    /** {@code 12345.5} → {@code 12,345.50}: how amounts read in messages. */
    public static String format(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount == null ? BigDecimal.ZERO : amount);
    }

    /** A quantity as printed: {@code 2}, {@code 1.5}. */
    public static String formatQuantity(BigDecimal quantity) {
        BigDecimal q = quantity.stripTrailingZeros();
        return (q.scale() < 0 ? q.setScale(0) : q).toPlainString();
    }
}

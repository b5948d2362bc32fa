package com.billaudit.llm.extract;

import com.billaudit.domain.Money;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Money as printed (1,25,000.00 / ₹125000 / Rs.125000.00) turned into scale-2 amounts. */
public final class MoneyText {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    private MoneyText() {
    }

    /** The amount in {@code printed}, ignoring currency marks and digit grouping; empty when there is none. */
    public static Optional<BigDecimal> parse(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(printed);
        if (!m.find()) {
            return Optional.empty();
        }
        String plain = m.group().replace(",", "");
        return m.find() ? Optional.empty() : Optional.of(Money.of(plain));
    }

    /** Every number printed in {@code text}, normalised, so that any printed format of it matches. */
    public static Set<BigDecimal> amountsIn(String text) {
        Set<BigDecimal> amounts = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String plain = m.group().replace(",", "");
            if (!plain.isEmpty()) {
                amounts.add(Money.of(plain));
            }
        }
        return amounts;
    }
}

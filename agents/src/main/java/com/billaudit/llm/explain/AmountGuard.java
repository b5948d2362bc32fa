package com.billaudit.llm.explain;

import com.billaudit.domain.Money;
import com.billaudit.llm.extract.MoneyText;
import com.billaudit.locale.CurrencyMarks;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a money figure in generated text that the input did not contain. A figure is a number
 * with decimals or digit grouping, or one after a currency sign of any locale (its currency
 * lexicon); bare integers (line numbers, counts) are not money.
 */
final class AmountGuard {

    private static final Pattern FIGURE = Pattern.compile("(" + CurrencyMarks.signAlternation()
            + ")?\\s*(\\d[\\d,]*(?:\\.\\d+)?)");

    private final Set<BigDecimal> allowed;

    AmountGuard(String input) {
        this.allowed = MoneyText.amountsIn(input);
    }

    /** The first figure in {@code text} that the input does not state, if any. */
    Optional<String> inventedFigure(String text) {
        Matcher m = FIGURE.matcher(text == null ? "" : text);
        while (m.find()) {
            String number = trimTrailingPunctuation(m.group(2));
            boolean money = m.group(1) != null || number.contains(".") || number.contains(",");
            if (money && !allowed.contains(Money.of(number.replace(",", "")))) {
                return Optional.of(m.group().trim());
            }
        }
        return Optional.empty();
    }

    /** "1,200." at a sentence end and "1,200," in a list are still 1200. */
    private static String trimTrailingPunctuation(String number) {
        String n = number;
        while (n.endsWith(",") || n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }
}

package com.billaudit.llm.ask;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every number in a model's answer (amounts, line numbers, percentages, counts) must be one the
 * analysis states; the first that is not is named, and the answer refused.
 */
final class NumberGuard {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    private final Set<BigDecimal> allowed;

    NumberGuard(String analysis) {
        this.allowed = numbersIn(analysis);
    }

    Optional<String> invented(String answer) {
        Matcher m = NUMBER.matcher(answer == null ? "" : answer);
        while (m.find()) {
            if (!allowed.contains(value(m.group()))) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    private static Set<BigDecimal> numbersIn(String text) {
        Set<BigDecimal> numbers = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(value(m.group()));
        }
        return numbers;
    }

    /** 1,250.00, 1250 and 1250.0 are one number; a trailing comma or point is punctuation. */
    private static BigDecimal value(String number) {
        String n = number.replace(",", "");
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        return new BigDecimal(n).stripTrailingZeros();
    }
}

package com.billaudit.llm.vision;

import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.llm.extract.MoneyText;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The figures OCR read on a page, each as often as lines print it: a printed figure supports one
 * row of the model's reading, so two rows claiming the one 60.00 OCR saw are not both supported.
 */
final class PrintedFigures {
    private final Map<BigDecimal, Integer> lines = new HashMap<>();

    PrintedFigures(PageText page) {
        for (TextLine line : page.lines()) {
            MoneyText.amountsIn(line.text()).forEach(amount -> lines.merge(amount, 1, Integer::sum));
        }
    }

    boolean prints(BigDecimal figure) {
        return figure != null && lines.getOrDefault(figure, 0) > 0;
    }

    /** Uses up one printing of {@code figure}; false when none is left. */
    boolean take(BigDecimal figure) {
        if (!prints(figure)) {
            return false;
        }
        lines.merge(figure, -1, Integer::sum);
        return true;
    }
}

package com.billaudit.llm.vision;

import com.billaudit.domain.Category;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FigureSupportTest {
    private final FigureSupport support = new FigureSupport(new BigDecimal("1.00"));

    private static LineItem row(int index, String quantity, String unitPrice, String amount) {
        return new LineItem(index, "item " + index, null, new BigDecimal(quantity), Money.of(unitPrice), Money.of(amount),
                Category.MEDICINE, 1, 0.6, null);
    }

    private static Map<Integer, PrintedFigures> ocr(String... lines) {
        return Map.of(1, new PrintedFigures(new PageText(1, List.of(lines).stream().map(TextLine::exact).toList(),
                TextSource.OCR, 0.4)));
    }

    @Test
    void aPrintedFigureSupportsOneRowOnly() {
        var checked = support.checked(List.of(row(1, "2", "30.00", "60.00"), row(2, "2", "30.00", "60.00")),
                ocr("Pamcetnol 2 3O.OO 60.00", "scrawl"), null);
        assertEquals(List.of(false, true), checked.stream().map(LineItem::uncertain).toList());
    }

    @Test
    void rowsSummingToTheTotalOcrReadAreSupportedWithoutTheirDigits() {
        var checked = support.checked(List.of(row(1, "1", "109.00", "109.00"), row(2, "1", "391.00", "391.00")),
                ocr("illegible"), new BigDecimal("500.00"));
        assertEquals(List.of(false, false), checked.stream().map(LineItem::uncertain).toList());
    }

    @Test
    void aQuantityAndRateThatDoNotMultiplyToAPrintedAmountLeaveTheRowUncertain() {
        var checked = support.checked(List.of(row(1, "3", "30.00", "60.00")), ocr("x 60.00"), null);
        assertEquals(true, checked.getFirst().uncertain());
    }
}

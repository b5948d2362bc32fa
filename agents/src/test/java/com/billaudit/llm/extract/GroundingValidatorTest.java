package com.billaudit.llm.extract;

import com.billaudit.domain.Category;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GroundingValidatorTest {

    private final GroundingValidator validator = new GroundingValidator(0.6);

    private static PageText page(String... lines) {
        return new PageText(1, List.of(lines).stream().map(TextLine::exact).toList(), TextSource.PDF_TEXT, null);
    }

    private static LineItem row(String description, String quantity, String unitPrice, String amount) {
        return new LineItem(0, description, null, new BigDecimal(quantity),
                unitPrice == null ? null : Money.of(unitPrice), Money.of(amount), Category.OTHER, 1, 0.6, null);
    }

    @Test
    void keepsRowWhoseAmountIsPrintedWithIndianDigitGrouping() {
        var page = page("Angioplasty (PTCA) single stent      1    1,25,000.00    1,25,000.00");
        var result = validator.ground(List.of(row("Angioplasty PTCA single stent", "1", "125000", "125000")), page);
        assertEquals(1, result.kept().size());
        assertEquals(0, result.dropped());
    }

    @Test
    void keepsRowWhoseAmountIsPrintedWithoutDecimals() {
        var page = page("ECG 12 lead   350");
        assertEquals(1, validator.ground(List.of(row("ECG 12 lead", "1", null, "350.00")), page).kept().size());
    }

    @Test
    void dropsRowWhoseAmountThePageDoesNotPrint() {
        var page = page("Room rent general ward   3   1,500.00   4,500.00");
        var result = validator.ground(List.of(row("Room rent general ward", "3", "1500", "5000")), page);
        assertEquals(0, result.kept().size());
        assertEquals(1, result.dropped());
    }

    @Test
    void dropsRowWhoseDescriptionThePageDoesNotPrint() {
        var page = page("Room rent general ward   3   1,500.00   4,500.00");
        var result = validator.ground(List.of(row("MRI brain with contrast", "1", null, "4500")), page);
        assertEquals(1, result.dropped());
    }

    @Test
    void toleratesOneOcrSlipInALongWord() {
        var page = page("Paracetamol 500mg tab   10   2.50   25.00");
        var result = validator.ground(List.of(row("Paracetamo1 500mg tab", "10", "2.50", "25.00")), page);
        assertEquals(1, result.kept().size());
    }

    @Test
    void dropsRowWithAnUnprintedQuantity() {
        var page = page("Dressing large   1   400.00   400.00");
        var result = validator.ground(List.of(row("Dressing large", "7", "400", "400")), page);
        assertEquals(1, result.dropped());
    }
}

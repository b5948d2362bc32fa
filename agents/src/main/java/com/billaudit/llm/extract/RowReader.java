package com.billaudit.llm.extract;

import com.billaudit.domain.Category;
import com.billaudit.domain.LineItem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Turns an {@link ExtractedRow}'s text into a {@link LineItem}; a row without a readable amount is no row. */
public final class RowReader {

    /** An LLM-found row is less certain than one both extractions agree on. */
    static final double LLM_ROW_CONFIDENCE = 0.6;

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd/MM/yyyy"), DateTimeFormatter.ofPattern("dd-MM-yyyy"),
            DateTimeFormatter.ofPattern("dd.MM.yyyy"));

    private RowReader() {
    }

    /** The row with its unit price left null when none was printed (grounding checks printed figures only). */
    public static Optional<LineItem> read(ExtractedRow row, int page) {
        Optional<BigDecimal> amount = MoneyText.parse(row.amount());
        if (amount.isEmpty() || row.description() == null || row.description().isBlank()) {
            return Optional.empty();
        }
        BigDecimal quantity = quantityOf(row.quantity());
        BigDecimal unitPrice = MoneyText.parse(row.unitPrice()).orElse(null);
        return Optional.of(new LineItem(0, row.description().trim(), dateOf(row.date()), quantity, unitPrice,
                amount.get(), Category.fromCode(row.category()), page, LLM_ROW_CONFIDENCE, null));
    }

    /** A grounded row without a printed unit price is priced at amount ÷ quantity. */
    public static LineItem withUnitPrice(LineItem row) {
        if (row.unitPrice() != null) {
            return row;
        }
        BigDecimal price = row.amount().divide(row.quantity(), 2, java.math.RoundingMode.HALF_UP);
        return new LineItem(row.index(), row.description(), row.date(), row.quantity(), price, row.amount(),
                row.category(), row.page(), row.confidence(), row.match());
    }

    private static BigDecimal quantityOf(String printed) {
        if (printed == null || printed.isBlank()) {
            return BigDecimal.ONE;
        }
        return MoneyText.parse(printed).filter(q -> q.signum() > 0).map(RowReader::plain).orElse(BigDecimal.ONE);
    }

    /** 2.00 → 2 and 10.00 → 10 (not 1E+1): quantities read best without a forced scale. */
    private static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static LocalDate dateOf(String printed) {
        if (printed == null || printed.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(printed.trim(), format);
            } catch (DateTimeParseException e) {
                // try the next layout
            }
        }
        return null;
    }
}

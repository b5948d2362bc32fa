package com.billaudit.server.analysis;

import com.billaudit.domain.LineItem;
import com.billaudit.domain.TariffMatch;

import java.math.BigDecimal;
import java.time.LocalDate;

import static com.billaudit.server.analysis.AnalysisJson.money;

/**
 * One line item as the contract shows it; quantity without trailing zeros (1, 1.5). Contract 1.1
 * adds the printed {@code code}, the {@code section} heading, the {@code bill} of the upload and
 * whether the row was read {@code uncertain}.
 */
public record LineItemJson(int index, String description, LocalDate date, BigDecimal quantity, BigDecimal unitPrice,
                           BigDecimal amount, String category, int page, double confidence, MatchJson match,
                           String code, String section, int bill, boolean uncertain) {

    static LineItemJson of(LineItem item) {
        return new LineItemJson(item.index(), item.description(), item.date(), plain(item.quantity()),
                money(item.unitPrice()), money(item.amount()), item.category() == null ? null : item.category().code(),
                item.page(), item.confidence(), MatchJson.of(item.match()), item.code(), item.section(), item.bill(),
                item.uncertain());
    }

    private static BigDecimal plain(BigDecimal quantity) {
        if (quantity == null) {
            return null;
        }
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public record MatchJson(String scheme, String code, String name, BigDecimal rate, String unit, double similarity) {
        static MatchJson of(TariffMatch match) {
            return match == null ? null
                    : new MatchJson(match.scheme(), match.code(), match.name(), money(match.rate()), match.unit(),
                    match.similarity());
        }
    }
}

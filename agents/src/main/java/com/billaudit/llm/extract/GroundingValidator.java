package com.billaudit.llm.extract;

import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.PageText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps an LLM-extracted row only when its page prints its amount (and its unit price and a
 * quantity other than 1, when given) and most of its description's words.
 */
public final class GroundingValidator {

    private final double minDescriptionCoverage;

    /** @param minDescriptionCoverage share of description words the page must print, e.g. 0.6 */
    public GroundingValidator(double minDescriptionCoverage) {
        this.minDescriptionCoverage = minDescriptionCoverage;
    }

    public GroundingResult ground(List<LineItem> candidates, PageText page) {
        PageEvidence evidence = new PageEvidence(page);
        List<LineItem> kept = new ArrayList<>();
        for (LineItem row : candidates) {
            if (isGrounded(row, evidence)) {
                kept.add(row);
            }
        }
        return new GroundingResult(kept, candidates.size() - kept.size());
    }

    private boolean isGrounded(LineItem row, PageEvidence evidence) {
        return evidence.printsAmount(row.amount())
                && (row.unitPrice() == null || evidence.printsAmount(row.unitPrice()))
                && (isOne(row.quantity()) || evidence.printsAmount(Money.scaled(row.quantity())))
                && evidence.coverage(row.description()) >= minDescriptionCoverage;
    }

    private static boolean isOne(BigDecimal quantity) {
        return quantity == null || quantity.compareTo(BigDecimal.ONE) == 0;
    }
}

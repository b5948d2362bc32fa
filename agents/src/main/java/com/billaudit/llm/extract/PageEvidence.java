package com.billaudit.llm.extract;

import com.billaudit.domain.PageText;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** What a page actually prints: its numbers and its words, to check LLM answers against. */
public final class PageEvidence {

    private final Set<BigDecimal> amounts;
    private final Set<String> words;

    public PageEvidence(PageText page) {
        String text = page.text();
        this.amounts = MoneyText.amountsIn(text);
        this.words = new HashSet<>(TextTokens.words(text));
    }

    public boolean printsAmount(BigDecimal amount) {
        return amount != null && amounts.contains(amount);
    }

    /** Share of the description's words that the page prints. */
    public double coverage(String description) {
        return TextTokens.coverage(TextTokens.words(description == null ? "" : description), words);
    }
}

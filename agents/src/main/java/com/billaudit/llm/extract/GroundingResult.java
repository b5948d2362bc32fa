package com.billaudit.llm.extract;

import com.billaudit.domain.LineItem;

import java.util.List;

/**
 * LLM rows split by whether the page supports them.
 *
 * @param dropped rows the page does not support: hallucinations (or misreadings) never audited
 */
public record GroundingResult(List<LineItem> kept, int dropped) {
    public GroundingResult {
        kept = List.copyOf(kept);
    }
}

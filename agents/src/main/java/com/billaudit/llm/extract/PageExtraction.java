package com.billaudit.llm.extract;

import dev.langchain4j.model.output.structured.Description;

import java.util.List;

/** What the extractor LLM answers for one page. */
public record PageExtraction(
        @Description("every chargeable row on the page, top to bottom; never subtotal, discount, tax or total rows")
        List<ExtractedRow> rows,
        @Description("the summary rows printed on this page")
        ExtractedSummary summary) {
}

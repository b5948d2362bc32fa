package com.billaudit.llm.classify;

import dev.langchain4j.model.output.structured.Description;

/** What the classifier LLM answers. */
public record ClassificationAnswer(
        @Description("one of: hospital_bill, pharmacy_invoice, diagnostic_report, not_a_bill, unknown")
        String documentType,
        @Description("one sentence: the words in the document that decided it")
        String reason) {
}

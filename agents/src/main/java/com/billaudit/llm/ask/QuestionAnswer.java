package com.billaudit.llm.ask;

import dev.langchain4j.model.output.structured.Description;

import java.util.List;

/** What the model answers to a question about an analysis. */
public record QuestionAnswer(
        @Description("the answer, in plain words, using only figures that appear in the analysis") String answer,
        @Description("numbers of the line items the answer rests on") List<Integer> lineItems,
        @Description("numbers of the findings the answer rests on") List<Integer> findings) {
}

package com.billaudit.llm.explain;

import dev.langchain4j.model.output.structured.Description;

import java.util.List;

/** What the explainer LLM answers. */
public record ExplanationAnswer(
        @Description("markdown for the patient: what was found and why it matters, using only the given figures")
        String explanation,
        @Description("short, concrete next steps for the patient") List<String> recommendations,
        @Description("a polite dispute letter to the hospital's billing desk citing the findings, with placeholders "
                + "like [Patient name] for unknown details") String disputeLetter) {
}

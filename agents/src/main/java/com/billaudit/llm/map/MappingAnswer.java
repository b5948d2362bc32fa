package com.billaudit.llm.map;

import dev.langchain4j.model.output.structured.Description;

/** What the mapper LLM answers for one bill line. */
public record MappingAnswer(
        @Description("the code of the candidate that is the same service, or none") String code,
        @Description("one of: consultation, investigation, imaging, procedure, room, nursing, medicine, consumable, other")
        String category,
        @Description("one sentence: why this candidate, or why none fits") String reason) {
}

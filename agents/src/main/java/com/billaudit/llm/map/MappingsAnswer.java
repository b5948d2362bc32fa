package com.billaudit.llm.map;

import dev.langchain4j.model.output.structured.Description;

import java.util.List;

/** What the mapper LLM answers for a bill's unsure lines. */
public record MappingsAnswer(@Description("one entry per bill line asked about") List<LineMapping> mappings) {

    /** The answer for one line. */
    public record LineMapping(
            @Description("the number of the bill line, as given") int line,
            @Description("the code of the line's candidate that is the same service, or none") String code,
            @Description("one of: consultation, investigation, imaging, procedure, room, nursing, medicine, consumable, other")
            String category) {
    }
}

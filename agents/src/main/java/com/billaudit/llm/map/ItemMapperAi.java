package com.billaudit.llm.map;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/** langchain4j AiService: which of its shortlisted reference items each bill line is, all lines in one call. */
public interface ItemMapperAi {

    String PROMPT_VERSION = "map-items.v1";

    @SystemMessage(fromResource = "/prompts/map-items.v1.txt")
    @UserMessage("Bill lines, each with its candidates (code | name | category):\n{{lines}}")
    Result<MappingsAnswer> map(@V("lines") String lines);
}

package com.billaudit.llm.map;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/** langchain4j AiService: which of a shortlist of reference items a bill line is. */
public interface ItemMapperAi {

    String PROMPT_VERSION = "map-item.v1";

    @SystemMessage(fromResource = "/prompts/map-item.v1.txt")
    @UserMessage("Bill line: {{line}}\nCandidates (code | name | category):\n{{candidates}}")
    Result<MappingAnswer> map(@V("line") String line, @V("candidates") String candidates);
}

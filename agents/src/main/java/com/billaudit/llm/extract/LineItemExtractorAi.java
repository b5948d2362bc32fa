package com.billaudit.llm.extract;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/** langchain4j AiService: the chargeable rows of one page (one page per call, so no answer is cut off). */
public interface LineItemExtractorAi {

    String PROMPT_VERSION = "extract-page.v1";

    @SystemMessage(fromResource = "/prompts/extract-page.v1.txt")
    @UserMessage("Page {{page}} of the document:\n<<<\n{{text}}\n>>>")
    Result<PageExtraction> extract(@V("page") int page, @V("text") String text);
}

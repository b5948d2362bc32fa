package com.billaudit.llm.classify;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/** langchain4j AiService: what kind of document a text is. */
public interface DocumentClassifierAi {

    String PROMPT_VERSION = "classify-document.v1";

    @SystemMessage(fromResource = "/prompts/classify-document.v1.txt")
    @UserMessage("Document text:\n<<<\n{{text}}\n>>>")
    Result<ClassificationAnswer> classify(@V("text") String text);
}

package com.billaudit.llm.explain;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/** langchain4j AiService: the patient-facing explanation of an audit that is already decided. */
public interface ExplainerAi {

    String PROMPT_VERSION = "explain-findings.v1";

    @SystemMessage(fromResource = "/prompts/explain-findings.v1.txt")
    @UserMessage("Audit result:\n{{facts}}")
    Result<ExplanationAnswer> explain(@V("facts") String facts);
}

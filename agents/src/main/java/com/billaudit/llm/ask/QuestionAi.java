package com.billaudit.llm.ask;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/** langchain4j AiService: a patient's question about an analysis that is already decided. */
public interface QuestionAi {

    String PROMPT_VERSION = "answer-question.v1";

    @SystemMessage(fromResource = "/prompts/answer-question.v1.txt")
    @UserMessage("Analysis:\n{{analysis}}\n\nQuestion: {{question}}")
    Result<QuestionAnswer> answer(@V("analysis") String analysis, @V("question") String question);
}

package com.billaudit.llm;

import dev.langchain4j.service.Result;

import java.util.concurrent.Callable;

/**
 * One question to one LLM agent.
 *
 * @param agent         the agent's stable name (metrics label, cache key part)
 * @param promptVersion the prompt file's version: bump it and old cached answers stop matching
 * @param input         everything the answer depends on besides agent, model and prompt (hashed into the key)
 * @param answerType    the answer record, for the cache's (de)serialisation
 * @param invocation    the AiServices call itself
 */
public record LlmCall<T>(String agent, String promptVersion, String input, Class<T> answerType,
                         Callable<Result<T>> invocation) {
}

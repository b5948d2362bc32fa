package com.billaudit.llm;

import java.util.Optional;

/**
 * Port: raw LLM answers (JSON) by {@link CacheKey}, so the same text is never paid for twice.
 * Answers are validated again on every use, so a cache only has to be honest, not trusted.
 */
public interface LlmAnswerCache {

    Optional<String> get(String key);

    void put(String key, String answerJson);
}

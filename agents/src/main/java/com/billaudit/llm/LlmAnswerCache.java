package com.billaudit.llm;

import java.util.Optional;

/**
 * Port: raw LLM answers (JSON) by {@link CacheKey}, so the same text is never paid for twice.
 * Answers are validated again on every use, so a cache only has to be honest, not trusted.
 */
public interface LlmAnswerCache {

    /** Keeps nothing (no LLM configured). */
    LlmAnswerCache NONE = new LlmAnswerCache() {
        @Override
        public Optional<String> get(String key) {
            return Optional.empty();
        }

        @Override
        public void put(String key, String answerJson) {
        }

        @Override
        public void forget(String document) {
        }
    };

    Optional<String> get(String key);

    /** Keeps an answer for the configured time ({@code LLM_CACHE_TTL}). */
    void put(String key, String answerJson);

    /** Deletes every answer about the document with this SHA-256 (its analysis was deleted). */
    void forget(String document);
}

package com.billaudit.server.llm;

import com.billaudit.llm.LlmAnswerCache;
import com.billaudit.persistence.cache.Cache;

import java.time.Duration;
import java.util.Optional;

/**
 * LLM answers kept in the service's cache (Redis when configured), so every replica reuses an
 * answer another one paid for. The key already names agent, model, prompt version and text hash.
 */
final class SharedLlmAnswers implements LlmAnswerCache {
    private static final String PREFIX = "llm:";
    private static final Duration TTL = Duration.ofDays(7);

    private final Cache cache;

    SharedLlmAnswers(Cache cache) {
        this.cache = cache;
    }

    @Override
    public Optional<String> get(String key) {
        return cache.get(PREFIX + key);
    }

    @Override
    public void put(String key, String answerJson) {
        cache.put(PREFIX + key, answerJson, TTL);
    }
}

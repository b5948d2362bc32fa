package com.billaudit.server.llm;

import com.billaudit.llm.CacheKey;
import com.billaudit.llm.LlmAnswerCache;
import com.billaudit.persistence.cache.Cache;

import java.time.Duration;
import java.util.Optional;

/**
 * LLM answers kept in the service's cache (Redis when configured), so every replica reuses an
 * answer another one paid for. The key names the document, agent, model, prompt version and
 * text hash; answers expire after {@code LLM_CACHE_TTL} and go with their document's analysis.
 */
public final class SharedLlmAnswers implements LlmAnswerCache {
    private static final String PREFIX = "llm:";

    private final Cache cache;
    private final Duration ttl;

    public SharedLlmAnswers(Cache cache, Duration ttl) {
        this.cache = cache;
        this.ttl = ttl;
    }

    @Override
    public Optional<String> get(String key) {
        return cache.get(PREFIX + key);
    }

    @Override
    public void put(String key, String answerJson) {
        cache.put(PREFIX + key, answerJson, ttl);
    }

    @Override
    public void forget(String document) {
        if (document != null && !document.isBlank()) {
            cache.evictPrefix(PREFIX + CacheKey.documentPrefix(document));
        }
    }
}

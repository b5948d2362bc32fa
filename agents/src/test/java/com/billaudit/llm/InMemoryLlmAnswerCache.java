package com.billaudit.llm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A bounded least-recently-used answer cache in the test process (the service keeps answers in its shared cache). */
public final class InMemoryLlmAnswerCache implements LlmAnswerCache {

    private final Map<String, String> answers;

    public InMemoryLlmAnswerCache(int capacity) {
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(answers.get(key));
    }

    @Override
    public synchronized void put(String key, String answerJson) {
        answers.put(key, answerJson);
    }

    @Override
    public synchronized void forget(String document) {
        answers.keySet().removeIf(key -> key.startsWith(CacheKey.documentPrefix(document)));
    }
}

package com.billaudit.server.llm;

import com.billaudit.llm.CallPermits;
import com.billaudit.llm.LlmAgents;
import com.billaudit.llm.LlmSettings;
import com.billaudit.persistence.cache.Cache;
import com.billaudit.server.ops.LlmStatus;

import java.math.BigDecimal;

/** Builds the LLM agents when an endpoint is configured; without one the service runs in rules mode. */
public final class LlmWiring {
    private LlmWiring() {
    }

    /**
     * @param permits the call budget (shared by all replicas when Redis is configured)
     * @return the agents, or null when no LLM is configured
     */
    public static LlmAgents agents(LlmSettings settings, Cache cache, CallPermits permits, LlmStatus status,
                                   BigDecimal totalTolerance) {
        if (!settings.enabled()) {
            return null;
        }
        return LlmAgents.create(settings, new SharedLlmAnswers(cache), permits, status, totalTolerance);
    }
}

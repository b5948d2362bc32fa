package com.billaudit.server.llm;

import com.billaudit.llm.CallPermits;
import com.billaudit.llm.LlmAgents;
import com.billaudit.llm.LlmSettings;
import com.billaudit.llm.LlmAnswerCache;
import com.billaudit.question.QuestionAnswerer;
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
    public static LlmAgents agents(LlmSettings settings, LlmAnswerCache answers, CallPermits permits, LlmStatus status,
                                   BigDecimal totalTolerance) {
        if (!settings.enabled()) {
            return null;
        }
        return LlmAgents.create(settings, answers, permits, status, totalTolerance);
    }

    /** Answers questions with the model when there is one (bounded by its timeout), else with the rules. */
    public static QuestionAnswerer questions(LlmAgents agents, LlmSettings settings) {
        return agents == null ? QuestionAnswerer.rulesOnly() : new QuestionAnswerer(agents.questions(), settings.timeout());
    }
}

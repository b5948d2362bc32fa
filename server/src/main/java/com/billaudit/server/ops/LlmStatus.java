package com.billaudit.server.ops;

import com.billaudit.llm.LlmException;
import com.billaudit.llm.LlmListener;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What /health says of the LLM: {@code disabled} without one, else {@code UP} or {@code DEGRADED}
 * after the last call failed (the service then runs those agents in rules mode). Passes every
 * event on to {@code next} (the metrics).
 */
public final class LlmStatus implements LlmListener {
    public static final String DISABLED = "disabled";

    private final boolean enabled;
    private final String model;
    private final LlmListener next;
    private final AtomicBoolean lastCallFailed = new AtomicBoolean(false);

    public LlmStatus(boolean enabled, String model, LlmListener next) {
        this.enabled = enabled;
        this.model = model;
        this.next = next;
    }

    public static LlmStatus disabled() {
        return new LlmStatus(false, null, LlmListener.NONE);
    }

    public String status() {
        if (!enabled) {
            return DISABLED;
        }
        return lastCallFailed.get() ? "DEGRADED" : HealthReport.UP;
    }

    public String model() {
        return model;
    }

    @Override
    public void called(String agent, long durationMs, int tokensIn, int tokensOut) {
        lastCallFailed.set(false);
        next.called(agent, durationMs, tokensIn, tokensOut);
    }

    @Override
    public void cacheHit(String agent) {
        next.cacheHit(agent);
    }

    @Override
    public void failed(String agent, LlmException.Reason reason) {
        // a malformed or invalid answer is the model's fault, not the endpoint's
        switch (reason) {
            case TIMEOUT, RATE_LIMITED, ENDPOINT_ERROR -> lastCallFailed.set(true);
            default -> {
            }
        }
        next.failed(agent, reason);
    }

    @Override
    public void groundingRejected(String agent, int count) {
        next.groundingRejected(agent, count);
    }
}

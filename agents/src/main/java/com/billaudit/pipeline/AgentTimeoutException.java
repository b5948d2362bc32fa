package com.billaudit.pipeline;

import java.time.Duration;

/** A step the analysis cannot do without (intake, extraction, verdict) did not finish in its time; it was cancelled. */
public final class AgentTimeoutException extends RuntimeException {
    private final String agent;

    AgentTimeoutException(String agent, Duration timeout) {
        super(agent + " did not finish within " + timeout.toSeconds() + " s");
        this.agent = agent;
    }

    /** A stable error code for the analysis, e.g. {@code extraction_timeout}. */
    public String code() {
        return agent.replace('-', '_') + "_timeout";
    }
}

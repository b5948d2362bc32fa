package com.billaudit.server.analysis;

import com.billaudit.domain.AgentRun;

/** One agent run: {@code {name, status, mode, durationMs}}. */
public record AgentJson(String name, String status, String mode, long durationMs) {
    static AgentJson of(AgentRun run) {
        return new AgentJson(run.name(), run.status().code(), run.mode().code(), run.durationMs());
    }
}

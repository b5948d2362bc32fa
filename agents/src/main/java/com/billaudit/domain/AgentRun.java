package com.billaudit.domain;

import java.util.Locale;

/** How one agent fared on one analysis. */
public record AgentRun(String name, Status status, Mode mode, long durationMs) {

    public enum Status {
        OK, DEGRADED, FAILED, SKIPPED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Mode {
        LLM, RULES;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}

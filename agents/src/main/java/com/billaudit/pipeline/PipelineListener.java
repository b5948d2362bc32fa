package com.billaudit.pipeline;

import com.billaudit.domain.AgentRun;
import com.billaudit.domain.AnalysisReport;

/** Port: what the pipeline tells observers (metrics) as it goes. */
public interface PipelineListener {

    PipelineListener NONE = new PipelineListener() {
    };

    default void agentStarted(String agent) {
    }

    default void agentFinished(AgentRun run) {
    }

    default void analysisFinished(AnalysisReport report) {
    }
}

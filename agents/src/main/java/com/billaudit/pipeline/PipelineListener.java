package com.billaudit.pipeline;

import com.billaudit.domain.AgentRun;
import com.billaudit.domain.AnalysisReport;

/** Port: what the pipeline tells observers (metrics, an analysis's progress) as it goes. */
public interface PipelineListener {

    PipelineListener NONE = new PipelineListener() {
    };

    default void agentStarted(String agent) {
    }

    default void agentFinished(AgentRun run) {
    }

    default void analysisFinished(AnalysisReport report) {
    }

    /** Tells both listeners, {@code this} first. */
    default PipelineListener and(PipelineListener other) {
        PipelineListener first = this;
        return new PipelineListener() {
            @Override
            public void agentStarted(String agent) {
                first.agentStarted(agent);
                other.agentStarted(agent);
            }

            @Override
            public void agentFinished(AgentRun run) {
                first.agentFinished(run);
                other.agentFinished(run);
            }

            @Override
            public void analysisFinished(AnalysisReport report) {
                first.analysisFinished(report);
                other.analysisFinished(report);
            }
        };
    }
}

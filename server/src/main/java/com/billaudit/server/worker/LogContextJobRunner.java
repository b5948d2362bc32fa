package com.billaudit.server.worker;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.persistence.queue.ClaimedJob;
import com.billaudit.server.logging.LogContext;

/** Runs a job with its analysis id in the log context, so every line the analysis logs names it. */
public final class LogContextJobRunner implements JobRunner {
    private final JobRunner runner;

    public LogContextJobRunner(JobRunner runner) {
        this.runner = runner;
    }

    @Override
    public AnalysisReport run(ClaimedJob job) {
        return LogContext.forAnalysis(job.analysisId(), () -> runner.run(job));
    }
}

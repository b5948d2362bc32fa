package com.billaudit.server.worker;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.domain.Rulebook;
import com.billaudit.persistence.queue.ClaimedJob;
import com.billaudit.persistence.scheme.SchemeRepository;
import com.billaudit.pipeline.AnalysisJob;
import com.billaudit.pipeline.AnalysisPipeline;

import java.time.Clock;
import java.time.LocalDate;

/** Runs a job through the pipeline with the scheme's rulebook in force today. */
public final class PipelineJobRunner implements JobRunner {
    private final SchemeRepository schemes;
    private final AnalysisPipeline pipeline;
    private final Clock clock;

    public PipelineJobRunner(SchemeRepository schemes, AnalysisPipeline pipeline, Clock clock) {
        this.schemes = schemes;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public AnalysisReport run(ClaimedJob job) {
        Rulebook rulebook = schemes.rulebook(job.scheme(), LocalDate.now(clock))
                .orElseThrow(() -> new IllegalStateException("scheme " + job.scheme() + " no longer exists"));
        return pipeline.run(new AnalysisJob(job.content(), job.document().contentType(), job.document(), rulebook,
                job.region()));
    }
}

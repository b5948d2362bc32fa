package com.billaudit.server.worker;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.persistence.queue.ClaimedJob;
import com.billaudit.persistence.reference.RulebookCache;
import com.billaudit.pipeline.AnalysisJob;
import com.billaudit.pipeline.AnalysisPipeline;
import com.billaudit.rulebook.RulebookSource;

/**
 * Runs a job through the pipeline. The scheme's rulebook is chosen once the bill's date is
 * known: the tariff and non-payable versions in force that day, from the rulebook cache. The
 * job's progress is reported as its agents start (its claim already stored it at intake).
 */
public final class PipelineJobRunner implements JobRunner {
    private final RulebookCache rulebooks;
    private final AnalysisPipeline pipeline;
    private final ProgressTracker progress;

    public PipelineJobRunner(RulebookCache rulebooks, AnalysisPipeline pipeline, ProgressTracker progress) {
        this.rulebooks = rulebooks;
        this.pipeline = pipeline;
        this.progress = progress;
    }

    @Override
    public AnalysisReport run(ClaimedJob job) {
        RulebookSource source = rulebooks.source(job.scheme())
                .orElseThrow(() -> new IllegalStateException("scheme " + job.scheme() + " no longer exists"));
        try (ProgressTracker.JobProgress observer = progress.start(job.analysisId())) {
            return pipeline.run(new AnalysisJob(job.content(), job.document().contentType(), job.document(), null,
                    job.region(), source), observer);
        }
    }
}

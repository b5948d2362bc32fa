package com.billaudit.server.analysis;

import com.billaudit.persistence.analysis.AnalysisProgress;
import com.billaudit.persistence.analysis.AnalysisStatus;
import com.billaudit.pipeline.ProgressStage;

/**
 * Contract 1.1 {@code progress} of an analysis still queued or processing: queued until a worker
 * claims it, then what its worker last wrote (intake until it wrote anything).
 */
public record ProgressJson(String stage, int pagesDone, Integer pages) {

    /** Null once the analysis finished. */
    static ProgressJson of(AnalysisStatus status, AnalysisProgress progress) {
        return switch (status) {
            // a job handed back to the queue shows queued, not the stage its last attempt reached
            case QUEUED -> new ProgressJson(ProgressStage.QUEUED.code(), 0, null);
            case PROCESSING -> new ProgressJson(progress.stage() == null ? ProgressStage.INTAKE.code() : progress.stage(),
                    progress.pagesDone() == null ? 0 : progress.pagesDone(), progress.pages());
            default -> null;
        };
    }
}

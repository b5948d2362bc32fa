package com.billaudit.server.worker;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.persistence.queue.ClaimedJob;

/** Port: analyses one claimed job (rulebook lookup + pipeline in production). */
@FunctionalInterface
public interface JobRunner {
    AnalysisReport run(ClaimedJob job);
}

package com.billaudit.pipeline;

/**
 * The analysis was interrupted (the service is stopping) before it finished. Not a failure of the
 * document: whoever runs analyses hands it back to the queue. The thread's interrupt status is kept.
 */
public final class AnalysisInterruptedException extends RuntimeException {

    AnalysisInterruptedException(String agent, Throwable cause) {
        super("interrupted during " + agent, cause);
    }
}

package com.billaudit.server.worker;

/** How many analysis workers this process is configured for, and how many are running (for /health and /metrics). */
public interface WorkerStatus {

    WorkerStatus NONE = new WorkerStatus() {
        @Override
        public int configured() {
            return 0;
        }

        @Override
        public int alive() {
            return 0;
        }
    };

    int configured();

    int alive();

    /** Whether analyses can run here: no workers are configured, or at least one is alive. */
    default boolean canRun() {
        return configured() == 0 || alive() > 0;
    }
}

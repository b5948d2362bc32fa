package com.billaudit.server.ops;

import com.billaudit.server.worker.WorkerStatus;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What /health asks of the running components. Each ping answers its round-trip in ms or throws.
 *
 * @param cacheKind     "redis" or "in-process"
 * @param workers       this process's analysis workers
 * @param oldestWaiting how long the oldest analysis not yet claimed has waited (throws when the database is down)
 */
public record HealthProbes(LongSupplier databasePing, LongSupplier cachePing, String cacheKind,
                           BooleanSupplier ocrAvailable, LlmStatus llm, String version, WorkerStatus workers,
                           Supplier<Duration> oldestWaiting) {

    /** Probes of a process that runs no analyses. */
    public HealthProbes(LongSupplier databasePing, LongSupplier cachePing, String cacheKind,
                        BooleanSupplier ocrAvailable, LlmStatus llm, String version) {
        this(databasePing, cachePing, cacheKind, ocrAvailable, llm, version, WorkerStatus.NONE, () -> Duration.ZERO);
    }
}

package com.billaudit.server.ops;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * What /health asks of the running components. Each ping answers its round-trip in ms or throws.
 *
 * @param cacheKind "redis" or "in-process"
 */
public record HealthProbes(LongSupplier databasePing, LongSupplier cachePing, String cacheKind,
                           BooleanSupplier ocrAvailable, LlmStatus llm, String version) {
}

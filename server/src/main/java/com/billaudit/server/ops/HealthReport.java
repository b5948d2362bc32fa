package com.billaudit.server.ops;

import com.billaudit.server.worker.WorkerStatus;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The /health body: overall status, DOWN when the database is or when no configured worker is
 * alive, DEGRADED when cache, OCR or a configured LLM is, or when some workers died. Beside the
 * components: the workers (configured, alive) and how long the oldest waiting analysis has waited.
 */
public record HealthReport(String status, String version, long uptimeSeconds, Map<String, Component> components,
                           Workers workers, Queue queue) {
    static final String UP = "UP";
    static final String DOWN = "DOWN";
    static final String DEGRADED = "DEGRADED";

    /** What the service does while the shared cache is down: it keeps working without it. */
    static final String CACHE_DOWN = "Redis unreachable: rulebooks are read from PostgreSQL and held per process, "
            + "LLM answers and the LLM call budget are per process until it is back";

    /**
     * @param latencyMs null when not measured or down; kind: the cache's kind, the LLM's model
     * @param detail    what a degraded component means for the service, or null
     */
    public record Component(String status, Long latencyMs, String kind, String detail) {
        Component(String status, Long latencyMs, String kind) {
            this(status, latencyMs, kind, null);
        }

        static Component ping(LongSupplier ping, String kind) {
            try {
                return new Component(UP, ping.getAsLong(), kind);
            } catch (RuntimeException e) {
                return new Component(DOWN, null, kind);
            }
        }

        Component withDetailWhenDown(String text) {
            return up() ? this : new Component(status, latencyMs, kind, text);
        }

        boolean up() {
            return UP.equals(status);
        }
    }

    /** Analysis workers of this process: how many WORKERS asked for and how many run. */
    public record Workers(int configured, int alive) {
        static Workers of(WorkerStatus status) {
            return new Workers(status.configured(), status.alive());
        }

        boolean noneCanRun() {
            return configured > 0 && alive == 0;
        }
    }

    /** @param oldestWaitingSeconds age of the oldest analysis not yet claimed, null when the database is down */
    public record Queue(Long oldestWaitingSeconds) {
        static Queue of(HealthProbes probes) {
            try {
                Duration oldest = probes.oldestWaiting().get();
                return new Queue(oldest.toSeconds());
            } catch (RuntimeException e) {
                return new Queue(null);
            }
        }
    }

    static HealthReport check(HealthProbes probes, long uptimeSeconds) {
        Map<String, Component> components = new LinkedHashMap<>();
        components.put("database", Component.ping(probes.databasePing(), null));
        components.put("cache", Component.ping(probes.cachePing(), probes.cacheKind()).withDetailWhenDown(CACHE_DOWN));
        components.put("ocr", new Component(ocrUp(probes) ? UP : DOWN, null, null));
        components.put("llm", new Component(probes.llm().status(), null, probes.llm().model()));
        Workers workers = Workers.of(probes.workers());
        Queue queue = components.get("database").up() ? Queue.of(probes) : new Queue(null);
        return new HealthReport(overall(components, workers), probes.version(), uptimeSeconds, components, workers, queue);
    }

    private static boolean ocrUp(HealthProbes probes) {
        try {
            return probes.ocrAvailable().getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String overall(Map<String, Component> components, Workers workers) {
        if (!components.get("database").up() || workers.noneCanRun()) {
            return DOWN;
        }
        String llm = components.get("llm").status();
        boolean llmOk = UP.equals(llm) || LlmStatus.DISABLED.equals(llm);
        boolean allWorkers = workers.alive() >= workers.configured();
        return components.get("cache").up() && components.get("ocr").up() && llmOk && allWorkers ? UP : DEGRADED;
    }

    public boolean down() {
        return DOWN.equals(status);
    }
}

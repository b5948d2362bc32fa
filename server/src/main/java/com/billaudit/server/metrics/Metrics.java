package com.billaudit.server.metrics;

import com.billaudit.domain.AgentRun;
import com.billaudit.domain.AnalysisReport;
import com.billaudit.domain.TextSource;
import com.billaudit.domain.Verdict;
import com.billaudit.llm.LlmException;
import com.billaudit.llm.LlmListener;
import com.billaudit.llm.classify.LlmDocumentClassifier;
import com.billaudit.llm.explain.LlmExplainer;
import com.billaudit.llm.extract.LlmLineItemExtractor;
import com.billaudit.llm.map.LlmItemMapper;
import com.billaudit.ocr.IntakeListener;
import com.billaudit.persistence.reference.RulebookCache;
import com.billaudit.pipeline.AnalysisPipeline;
import com.billaudit.pipeline.PipelineListener;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.Gauge;
import io.prometheus.client.Histogram;
import io.prometheus.client.hotspot.DefaultExports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The service's Prometheus metrics, in a registry of its own (never the static default one, so
 * that tests and several servers in one JVM do not share counts). Listens to the pipeline and to
 * intake and the LLM agents, and is told about HTTP requests by {@link HttpMetricsFilter}.
 *
 * <p>Every series with known label values exists from start-up at zero, so that a rate or an
 * alert over it works before the first analysis (Prometheus sees no series it was never shown).
 */
public final class Metrics implements PipelineListener, IntakeListener, LlmListener {
    /** Agent label of analyses that failed before producing a report. */
    public static final String FAILED_AGENT = "pipeline";
    private static final String NO_VERDICT = "none";
    private static final List<String> LLM_AGENTS = List.of(LlmDocumentClassifier.AGENT, LlmLineItemExtractor.AGENT,
            LlmItemMapper.AGENT, LlmExplainer.AGENT);

    private final CollectorRegistry registry = new CollectorRegistry(true);
    private final Counter analyses = counter("medical_analysis_total", "Analyses finished, per agent that ran", "verdict", "agent_id");
    private final Histogram agentSeconds = Histogram.build("medical_analysis_duration_seconds", "Time one agent took")
            .labelNames("agent_id").buckets(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120).register(registry);
    private final Gauge activeAgents = Gauge.build("active_agents", "Agents running now").register(registry);
    private final Counter httpRequests = counter("http_requests_total", "HTTP requests answered", "method", "route", "status");
    private final Histogram httpSeconds = Histogram.build("http_request_duration_seconds", "HTTP request duration")
            .labelNames("method", "route", "status").register(registry);
    private final Counter ocrPages = counter("ocr_pages_total", "Pages read, by text source", "source");
    private final Histogram ocrPageSeconds = Histogram.build("ocr_page_seconds", "Time to OCR one page")
            .buckets(0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 60).register(registry);
    private final Histogram ocrConfidence = Histogram.build("ocr_confidence", "Mean OCR confidence of a page")
            .buckets(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0).register(registry);
    private final Counter cacheHits = counter("cache_hits_total", "Cache lookups that hit");
    private final Counter cacheMisses = counter("cache_misses_total", "Cache lookups that missed");
    private final Counter rulebookLookups = counter("rulebook_lookups_total",
            "Rulebooks an analysis needed, by where they were found: process, shared (Redis) or database", "found_in");
    private final Counter llmCalls = counter("llm_calls_total", "LLM calls answered by the endpoint", "agent");
    private final Histogram llmSeconds = Histogram.build("llm_call_seconds", "Time one LLM call took")
            .labelNames("agent").buckets(0.25, 0.5, 1, 2, 4, 8, 16, 32, 60).register(registry);
    private final Counter llmTokens = counter("llm_tokens_total", "LLM tokens used", "agent", "direction");
    private final Counter llmErrors = counter("llm_errors_total", "LLM calls or answers that failed", "agent", "reason");
    private final Counter llmCacheHits = counter("llm_cache_hits_total", "LLM answers served from the cache", "agent");
    private final Counter llmRejected = counter("llm_grounding_rejections_total",
            "Rows or answers the LLM produced that the document does not support", "agent");
    private final Gauge queueDepth = Gauge.build("analysis_queue_depth", "Analyses waiting to be claimed").register(registry);
    private final Gauge workersAlive = Gauge.build("workers_alive", "Analysis workers running in this process").register(registry);
    private final Gauge workersConfigured = Gauge.build("workers_configured", "Analysis workers this process should run (WORKERS)")
            .register(registry);
    private final SampledGauge queueOldest = new SampledGauge("analysis_queue_oldest_seconds",
            "How long the longest-waiting analysis has waited since its upload").register(registry);
    private final SampledGauge ready = new SampledGauge("service_ready",
            "1 when the database answers (what /health/readiness says), else 0").register(registry);

    public Metrics() {
        DefaultExports.register(registry);
        startAtZero();
    }

    private void startAtZero() {
        List<String> verdicts = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            verdicts.add(verdict.code());
        }
        verdicts.add(NO_VERDICT);
        for (String agent : AnalysisPipeline.AGENT_IDS) {
            agentSeconds.labels(agent);
            verdicts.forEach(verdict -> analyses.labels(verdict, agent));
        }
        analyses.labels(NO_VERDICT, FAILED_AGENT);
        for (TextSource source : List.of(TextSource.TEXT, TextSource.PDF_TEXT, TextSource.OCR)) {
            ocrPages.labels(source.code());
        }
        for (RulebookCache.Level level : RulebookCache.Level.values()) {
            rulebookLookups.labels(lower(level.name()));
        }
        for (String agent : LLM_AGENTS) {
            llmCalls.labels(agent);
            llmSeconds.labels(agent);
            llmTokens.labels(agent, "in");
            llmTokens.labels(agent, "out");
            llmCacheHits.labels(agent);
            llmRejected.labels(agent);
            for (LlmException.Reason reason : LlmException.Reason.values()) {
                llmErrors.labels(agent, lower(reason.name()));
            }
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    public CollectorRegistry registry() {
        return registry;
    }

    @Override
    public void agentStarted(String agent) {
        activeAgents.inc();
    }

    @Override
    public void agentFinished(AgentRun run) {
        activeAgents.dec();
        agentSeconds.labels(run.name()).observe(run.durationMs() / 1000.0);
    }

    @Override
    public void analysisFinished(AnalysisReport report) {
        String verdict = report.verdict() == null ? NO_VERDICT : report.verdict().code();
        for (AgentRun run : report.agents()) {
            if (run.status() != AgentRun.Status.SKIPPED) {
                analyses.labels(verdict, run.name()).inc();
            }
        }
    }

    /** An analysis that ended failed, without a report. */
    public void analysisFailed() {
        analyses.labels(NO_VERDICT, FAILED_AGENT).inc();
    }

    @Override
    public void pageRead(String textSource, double seconds, Double confidence) {
        ocrPages.labels(textSource).inc();
        if ("ocr".equals(textSource)) {
            ocrPageSeconds.observe(seconds);
        }
        if (confidence != null) {
            ocrConfidence.observe(confidence);
        }
    }

    public void httpRequest(String method, String route, int status, double seconds) {
        httpRequests.labels(method, route, Integer.toString(status)).inc();
        httpSeconds.labels(method, route, Integer.toString(status)).observe(seconds);
    }

    public void cacheLookup(boolean hit) {
        (hit ? cacheHits : cacheMisses).inc();
    }

    /** A rulebook look-up: a cache hit unless it had to be read from the database. */
    public void rulebookFound(RulebookCache.Level level) {
        rulebookLookups.labels(lower(level.name())).inc();
        cacheLookup(level != RulebookCache.Level.DATABASE);
    }

    @Override
    public void called(String agent, long durationMs, int tokensIn, int tokensOut) {
        llmCalls.labels(agent).inc();
        llmSeconds.labels(agent).observe(durationMs / 1000.0);
        llmTokens.labels(agent, "in").inc(tokensIn);
        llmTokens.labels(agent, "out").inc(tokensOut);
    }

    @Override
    public void cacheHit(String agent) {
        llmCacheHits.labels(agent).inc();
    }

    @Override
    public void failed(String agent, LlmException.Reason reason) {
        llmErrors.labels(agent, lower(reason.name())).inc();
    }

    @Override
    public void groundingRejected(String agent, int count) {
        llmRejected.labels(agent).inc(count);
    }

    public void queueDepth(long depth) {
        queueDepth.set(depth);
    }

    public void workers(int configured, int alive) {
        workersConfigured.set(configured);
        workersAlive.set(alive);
    }

    /** Where scrapes read the age of the longest-waiting analysis (0 until set). */
    public void queueAgeFrom(java.util.function.DoubleSupplier oldestWaitingSeconds) {
        queueOldest.readFrom(oldestWaitingSeconds);
    }

    /** Where scrapes read readiness: 1 ready, 0 not (0 until set). */
    public void readinessFrom(java.util.function.BooleanSupplier isReady) {
        ready.readFrom(() -> isReady.getAsBoolean() ? 1 : 0);
    }

    private Counter counter(String name, String help, String... labels) {
        return Counter.build(name, help).labelNames(labels).register(registry);
    }
}

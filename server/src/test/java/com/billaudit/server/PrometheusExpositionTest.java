package com.billaudit.server;

import com.billaudit.pipeline.AnalysisPipeline;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /metrics as Prometheus itself judges it, and the contract's series present before any analysis. */
class PrometheusExpositionTest {
    @AutoClose
    private static final TestServer server = new TestServer();

    @Test
    void everySeriesTheContractNamesExistsAtZeroForItsKnownLabels() throws Exception {
        String text = server.get("/metrics", null).body();

        for (String verdict : List.of("ok", "warning", "critical")) {
            for (String agent : AnalysisPipeline.AGENT_IDS) {
                assertSample(text, "medical_analysis_total{verdict=\"" + verdict + "\",agent_id=\"" + agent + "\",} 0.0");
            }
        }
        for (String agent : AnalysisPipeline.AGENT_IDS) {
            assertSample(text, "medical_analysis_duration_seconds_count{agent_id=\"" + agent + "\",} 0.0");
        }
        assertSample(text, "active_agents 0.0");
        assertSample(text, "ocr_pages_total{source=\"ocr\",} 0.0");
        assertSample(text, "ocr_page_seconds_count 0.0");
        assertSample(text, "cache_hits_total 0.0");
        assertSample(text, "cache_misses_total 0.0");
        assertSample(text, "llm_calls_total{agent=\"extractor\",} 0.0");
        assertSample(text, "llm_tokens_total{agent=\"explainer\",direction=\"out\",} 0.0");
        assertSample(text, "llm_errors_total{agent=\"classifier\",reason=\"timeout\",} 0.0");
        assertFalse(text.contains("active_agents_count"), "1.1 renamed it: the suffix is reserved for histograms");
    }

    @Test
    void httpMetricsCarryRouteTemplateMethodAndStatus() throws Exception {
        server.get("/health/liveness", null);

        String text = server.get("/metrics", null).body();

        assertSample(text, "http_request_duration_seconds_count{method=\"GET\",route=\"/health/liveness\",status=\"200\",} 1.0");
        assertSample(text, "http_requests_total{method=\"GET\",route=\"/health/liveness\",status=\"200\",} 1.0");
    }

    @Test
    void promtoolAcceptsTheExposition() throws Exception {
        byte[] metrics = server.get("/metrics", null).body().getBytes(StandardCharsets.UTF_8);

        Promtool.passes(Path.of("."), metrics, "check", "metrics");
    }

    private static void assertSample(String exposition, String line) {
        assertTrue(exposition.lines().anyMatch(line::equals), "missing sample: " + line);
    }
}

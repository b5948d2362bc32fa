package com.billaudit.server;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricsRoutesTest {
    @AutoClose
    private static final TestServer server = new TestServer();

    @Test
    void requestsAreCountedByRouteTemplateNotRawPath() throws Exception {
        server.get("/health/liveness", null);
        server.get("/v1/analyses/" + java.util.UUID.randomUUID(), null);
        server.get("/some/unknown/path", null);

        HttpResponse<String> metrics = server.get("/metrics", null);

        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain; version=0.0.4"));
        String text = metrics.body();
        assertTrue(text.contains("http_requests_total{method=\"GET\",route=\"/health/liveness\",status=\"200\",}"), text);
        assertTrue(text.contains("route=\"unmatched\",status=\"404\""), text);
        assertTrue(text.contains("route=\"unmatched\",status=\"401\""), text);
        assertFalse(text.contains("/some/unknown/path"));
        assertTrue(text.contains("analysis_queue_depth 7.0"));
        assertTrue(text.contains("jvm_memory_bytes_used"));
        assertTrue(text.contains("# TYPE llm_calls_total counter"));
    }

    @Test
    void summaryShowsTheSameNumbersAsJson() throws Exception {
        var summary = server.json(server.get("/metrics/summary", null));

        assertEquals(7.0, summary.at("/analysis_queue_depth/0/value").asDouble());
        assertEquals(0.0, summary.at("/active_agents/0/value").asDouble());
    }
}

package com.billaudit.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HealthRoutesTest {
    private TestServer server;

    @BeforeEach
    void start() {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void databaseDownMeansDownAndNotReady() throws Exception {
        server.databaseUp.set(false);

        HttpResponse<String> health = server.get("/health", null);
        assertEquals(503, health.statusCode());
        assertEquals("DOWN", server.json(health).get("status").asText());
        assertEquals(503, server.get("/health/readiness", null).statusCode());
        assertEquals(200, server.get("/health/liveness", null).statusCode());
    }

    @Test
    void healthReportsWorkersAndTheOldestWaitingAnalysis() throws Exception {
        server.workersAlive.set(1);

        HttpResponse<String> health = server.get("/health", null);
        var body = server.json(health);
        assertEquals(200, health.statusCode());
        assertEquals("DEGRADED", body.get("status").asText(), "a worker died");
        assertEquals(2, body.at("/workers/configured").asInt());
        assertEquals(1, body.at("/workers/alive").asInt());
        assertEquals(42, body.at("/queue/oldestWaitingSeconds").asInt());
        assertEquals(200, server.get("/health/readiness", null).statusCode());
    }

    @Test
    void noWorkerAliveMeansDownAndNotReady() throws Exception {
        server.workersAlive.set(0);

        HttpResponse<String> health = server.get("/health", null);
        assertEquals(503, health.statusCode());
        assertEquals("DOWN", server.json(health).get("status").asText());
        HttpResponse<String> readiness = server.get("/health/readiness", null);
        assertEquals(503, readiness.statusCode());
        assertEquals("DOWN", server.json(readiness).get("workers").asText());
        assertEquals(200, server.get("/health/liveness", null).statusCode());
    }

    @Test
    void metricsShowWorkers() throws Exception {
        server.workersAlive.set(1);

        String metrics = server.get("/metrics", null).body();
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("workers_alive 1.0"), metrics);
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("workers_configured 2.0"), metrics);
    }

    @Test
    void ocrDownMeansDegradedButReady() throws Exception {
        server.ocrUp.set(false);

        HttpResponse<String> health = server.get("/health", null);
        assertEquals(200, health.statusCode());
        assertEquals("DEGRADED", server.json(health).get("status").asText());
        assertEquals(200, server.get("/health/readiness", null).statusCode());
    }

    @Test
    void redisDownMeansDegradedAndSaysTheServiceWorksFromTheDatabase() throws Exception {
        server.cacheUp.set(false);

        HttpResponse<String> health = server.get("/health", null);
        var cache = server.json(health).get("components").get("cache");
        assertEquals(200, health.statusCode());
        assertEquals("DEGRADED", server.json(health).get("status").asText());
        assertEquals("DOWN", cache.get("status").asText());
        org.junit.jupiter.api.Assertions.assertTrue(cache.get("detail").asText().contains("PostgreSQL"));
        assertEquals(200, server.get("/health/readiness", null).statusCode());
    }
}

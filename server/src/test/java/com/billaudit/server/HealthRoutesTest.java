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

package com.billaudit.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoutingTest {
    @AutoClose
    private static final TestServer server = new TestServer();

    @Test
    void unknownRouteAnswersProblemWithRequestIdAndTiming() throws Exception {
        HttpResponse<String> response = server.get("/no/such/route", null);

        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode problem = server.json(response);
        assertEquals(404, problem.get("status").asInt());
        assertEquals(response.headers().firstValue("X-Request-ID").orElseThrow(), problem.get("requestId").asText());
        assertTrue(problem.hasNonNull("type") && problem.hasNonNull("title") && problem.hasNonNull("detail"));
        assertTrue(response.headers().firstValue("X-Response-Time").isPresent());
    }

    @Test
    void clientRequestIdIsEchoed() throws Exception {
        HttpResponse<String> response = server.send(server.request("/health/liveness")
                .header("X-Request-ID", "client-chosen-id-42").GET().build());

        assertEquals(200, response.statusCode());
        assertEquals("client-chosen-id-42", response.headers().firstValue("X-Request-ID").orElseThrow());
        assertTrue(response.headers().firstValue("X-Response-Time").orElseThrow().matches("\\d+"));
    }

    @Test
    void apiRoutesNeedAKey() throws Exception {
        HttpResponse<String> response = server.get("/v1/analyses/" + java.util.UUID.randomUUID(), null);

        assertEquals(401, response.statusCode());
        assertEquals(401, server.json(response).get("status").asInt());
        assertEquals(401, server.get("/v1/schemes", "not-a-valid-key").statusCode());
    }

    @Test
    void keyIsAcceptedAsXApiKeyHeader() throws Exception {
        HttpResponse<String> response = server.send(server.request("/v1/analyses/not-a-uuid")
                .header("X-API-Key", TestServer.USER_KEY).GET().build());

        assertEquals(404, response.statusCode());
    }

    @Test
    void adminRoutesForbidOrdinaryKeys() throws Exception {
        HttpResponse<String> response = server.send(server.request("/v1/schemes/NEW")
                .header("Authorization", "Bearer " + TestServer.USER_KEY)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"currency\":\"INR\"}")).build());

        assertEquals(403, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void healthNeedsNoKeyAndReportsComponents() throws Exception {
        JsonNode health = server.json(server.get("/health", null));

        assertEquals("UP", health.get("status").asText());
        assertEquals("UP", health.at("/components/database/status").asText());
        assertEquals("in-process", health.at("/components/cache/kind").asText());
        assertEquals("disabled", health.at("/components/llm/status").asText());
        assertTrue(health.has("uptimeSeconds") && health.has("version"));
    }
}

package com.billaudit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Errors are problem+json with a request id; keys see only what they own; nothing stored is lost on bad input. */
class ErrorsAndAuthContractTest {
    @RegisterExtension
    static final SharedServer server = new SharedServer(Map.of("MAX_UPLOAD_BYTES", "65536"));
    private static Api admin;

    @BeforeAll
    static void start() {
        admin = server.admin();
        admin.putJson("/v1/schemes/AUTH", "{\"name\":\"Auth scheme\",\"currency\":\"INR\",\"overchargeTolerance\":0.10}");
        admin.postCsv("/v1/schemes/AUTH/tariffs", Fixtures.text("tariff.csv"));
    }

    @Test
    void aMissingOrWrongKeyIs401ProblemJson() {
        assertProblem(admin.withKey(null).get("/v1/analyses"), 401);
        assertProblem(admin.withKey("not-a-key").get("/v1/analyses"), 401);
    }

    @Test
    void healthAndMetricsNeedNoKey() {
        Api anonymous = admin.withKey(null);
        assertEquals(200, anonymous.get("/health/liveness").status());
        assertEquals(200, anonymous.get("/health/readiness").status());
        JsonNode health = anonymous.get("/health").json();
        assertEquals("UP", health.at("/components/database/status").asText());
        String metrics = anonymous.get("/metrics").text();
        assertTrue(metrics.contains("http_requests_total"), metrics);
        assertTrue(metrics.contains("active_agents"), metrics);
    }

    @Test
    void everyResponseCarriesRequestIdAndResponseTime() {
        Api.Reply reply = admin.get("/v1/analyses/" + UUID.randomUUID());

        assertProblem(reply, 404);
        Api.Reply again = admin.get("/v1/analyses/" + UUID.randomUUID());

        assertNotNull(reply.header("X-Request-ID"));
        assertTrue(reply.header("X-Response-Time").matches("\\d+"), reply.header("X-Response-Time"));
        assertEquals(reply.header("X-Request-ID"), reply.json().get("requestId").asText());
        assertNotEquals(reply.header("X-Request-ID"), again.header("X-Request-ID"), "each request has its own id");
    }

    @Test
    void unsupportedBytesAre415WhateverTheFileName() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        Api.Reply reply = admin.upload("bill.pdf", zip, Map.of("scheme", "AUTH"));

        assertProblem(reply, 415);
    }

    @Test
    void anEmptyFileIsRejectedWithAProblem() {
        Api.Reply reply = admin.upload("bill.txt", new byte[0], Map.of("scheme", "AUTH"));

        assertTrue(reply.status() == 422 || reply.status() == 400, "status " + reply.status());
        assertProblem(reply, reply.status());
    }

    @Test
    void anUploadOverTheLimitIs413() {
        byte[] big = "1 Consultation 1 500.00 500.00\n".repeat(4000).getBytes(StandardCharsets.UTF_8);

        assertProblem(admin.upload("big.txt", big, Map.of("scheme", "AUTH")), 413);
    }

    @Test
    void badListQueriesAre400() {
        assertProblem(admin.get("/v1/analyses?cursor=not-a-cursor"), 400);
        assertProblem(admin.get("/v1/analyses?limit=1000"), 400);
        assertProblem(admin.get("/v1/analyses?status=lost"), 400);
    }

    @Test
    void anUnknownSchemeIs422() {
        assertProblem(admin.upload("bill.txt", Fixtures.bytes("bills/discharge-summary.txt"), Map.of("scheme", "NOPE")), 422);
    }

    @Test
    void aBadTariffCsvNamesEachBadRowAndChangesNothing() {
        String before = admin.get("/v1/schemes/AUTH/tariffs?limit=100").text();
        String csv = """
                code,name,rate,unit,category,aliases,region,effective_from
                X1,Good Row,100.00,per test,investigation,,,2025-01-01
                X2,Bad Rate,abc,per test,investigation,,,2025-01-01
                X3,Bad Category,10.00,per test,astrology,,,2025-01-01
                """;

        Api.Reply reply = admin.postCsv("/v1/schemes/AUTH/tariffs", csv);

        assertProblem(reply, 422);
        String errors = reply.json().toString();
        assertTrue(errors.contains("3") && errors.contains("4"), errors);
        assertEquals(before, admin.get("/v1/schemes/AUTH/tariffs?limit=100").text());
    }

    @Test
    void aKeySeesOnlyItsOwnAnalysesAndCannotAdminister() {
        String alice = admin.postJson("/v1/api-keys", "{\"name\":\"alice\"}").json().get("key").asText();
        String bob = admin.postJson("/v1/api-keys", "{\"name\":\"bob\"}").json().get("key").asText();
        Api asAlice = admin.withKey(alice);
        Api asBob = admin.withKey(bob);

        String id = asAlice.upload("bill.txt", Fixtures.bytes("bills/discharge-summary.txt"), Map.of("scheme", "AUTH"))
                .json().get("id").asText();

        assertEquals(200, asAlice.get("/v1/analyses/" + id).status());
        assertProblem(asBob.get("/v1/analyses/" + id), 404);
        assertEquals(200, admin.get("/v1/analyses/" + id).status());
        assertTrue(asBob.get("/v1/analyses").json().get("items").isEmpty());
        assertProblem(asBob.postCsv("/v1/schemes/AUTH/tariffs", Fixtures.text("tariff.csv")), 403);
        assertProblem(asBob.delete("/v1/analyses/" + id), 404);
        assertEquals(200, asAlice.get("/v1/analyses/" + id).status(), "a refused delete loses nothing");
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.text());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.header("Content-Type"));
        JsonNode problem = reply.json();
        assertEquals(status, problem.get("status").asInt());
        for (String field : new String[]{"type", "title", "detail", "requestId"}) {
            assertTrue(problem.hasNonNull(field), "problem has " + field + ": " + problem);
        }
    }
}

package com.billaudit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of body the API answers, produced by the real server, validated against
 * openapi.json ({@link Api} checks every answer; these calls make sure each kind occurs).
 */
class OpenApiConformanceTest {
    @RegisterExtension
    static final SharedServer server = new SharedServer();
    private static Api admin;

    @BeforeAll
    static void start() {
        admin = server.admin();
        Fixtures.scheme(admin, "OAS", "OpenAPI scheme");
    }

    @Test
    void analysisListAndStatsBodiesMatchTheirSchemas() {
        JsonNode analysis = admin.upload("bill.txt", Fixtures.bytes("bills/ledger-with-dates-duplicate-and-overcharge.txt"),
                Map.of("scheme", "OAS")).json();
        assertEquals("completed", analysis.get("status").asText());
        assertTrue(analysis.get("findings").size() > 0);

        assertEquals(200, admin.get("/v1/analyses/" + analysis.get("id").asText()).status());
        assertEquals(200, admin.get("/v1/analyses?limit=5&verdict=critical").status());
        assertEquals(200, admin.get("/v1/stats").status());
        assertEquals(202, admin.upload("/v1/analyses", "late.txt", Fixtures.bytes("bills/discharge-summary.txt"),
                Map.of("scheme", "OAS"), Map.of()).status());
    }

    @Test
    void schemeKeyAndOperationsBodiesMatchTheirSchemas() {
        assertEquals(200, admin.get("/v1/schemes").status());
        assertEquals(200, admin.get("/v1/schemes/OAS/tariffs?q=xray").status());
        assertEquals(201, admin.postJson("/v1/api-keys", "{\"name\":\"openapi\"}").status());
        assertEquals(200, admin.get("/health").status());
        assertEquals(200, admin.get("/health/liveness").status());
        assertEquals(200, admin.get("/health/readiness").status());
        assertEquals(200, admin.get("/metrics/summary").status());
        assertEquals(200, admin.get("/openapi.json").status());
    }

    @Test
    void problemBodiesMatchTheProblemSchema() {
        assertEquals(401, admin.withKey(null).get("/v1/analyses").status());
        assertEquals(404, admin.get("/v1/analyses/" + UUID.randomUUID()).status());
        assertEquals(400, admin.get("/v1/analyses?status=lost").status());
        assertEquals(422, admin.postCsv("/v1/schemes/OAS/tariffs", "code,name\nX1,\n").status());
        assertEquals(415, admin.upload("/v1/analyses", "x.bin", new byte[] {0, 1, 2, 3}, Map.of(), Map.of()).status());
    }

    @Test
    void aPropertyTheDocumentLacksIsCaughtAtTopLevelAndNested() {
        ObjectNode health = (ObjectNode) admin.get("/health").json();
        ObjectNode problem = (ObjectNode) admin.get("/v1/analyses/" + UUID.randomUUID()).json();

        assertThrows(AssertionError.class, () -> check("GET", "/health", 200, "application/json",
                health.deepCopy().put("undocumented", 1)));
        assertThrows(AssertionError.class, () -> {
            ObjectNode nested = health.deepCopy();
            ((ObjectNode) nested.get("components").get("database")).put("undocumented", true);
            check("GET", "/health", 200, "application/json", nested);
        });
        assertThrows(AssertionError.class, () -> check("GET", "/v1/stats", 404, "application/problem+json",
                problem.deepCopy().put("undocumented", "x")));
        check("GET", "/health", 200, "application/json", health); // unchanged, both pass
        check("GET", "/v1/stats", 404, "application/problem+json", problem);
    }

    private static void check(String method, String path, int status, String contentType, JsonNode body) {
        OpenApiContract.get().check(method, path, status, contentType, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBodyThatBreaksItsSchemaIsCaught() {
        byte[] analysisWithoutFindings = "{\"id\":\"x\",\"status\":\"completed\"}".getBytes(StandardCharsets.UTF_8);
        byte[] problemWithTextStatus = ("{\"type\":\"/problems/x\",\"title\":\"t\",\"status\":\"bad\",\"detail\":\"d\","
                + "\"requestId\":\"r\"}").getBytes(StandardCharsets.UTF_8);

        assertThrows(AssertionError.class, () -> OpenApiContract.get()
                .check("GET", "/v1/analyses/" + UUID.randomUUID(), 200, "application/json", analysisWithoutFindings));
        assertThrows(AssertionError.class, () -> OpenApiContract.get()
                .check("GET", "/v1/stats", 401, "application/problem+json", problemWithTextStatus));
        assertThrows(AssertionError.class, () -> OpenApiContract.get()
                .check("PATCH", "/v1/stats", 200, "application/json", new byte[0]));
    }
}

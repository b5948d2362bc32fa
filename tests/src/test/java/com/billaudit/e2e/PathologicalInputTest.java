package com.billaudit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document that once killed the worker running it (a 48 KB run of digits and dots overflowed
 * the stack, the worker thread died and the job, retried, killed the next one) on a server with
 * two workers: it ends failed with an error code or is refused at the door, a valid bill then
 * completes, and both workers are alive.
 */
class PathologicalInputTest {
    @RegisterExtension
    static final SharedServer server = new SharedServer(Map.of("WORKERS", "2", "JOB_LEASE_SECONDS", "4"));
    private static Api admin;

    @BeforeAll
    static void start() {
        admin = server.admin();
        admin.putJson("/v1/schemes/E2E", "{\"name\":\"E2E scheme\",\"currency\":\"INR\",\"overchargeTolerance\":0.10}");
        admin.postCsv("/v1/schemes/E2E/tariffs", Fixtures.text("tariff.csv"));
    }

    @Test
    void aRunOfDigitsAndDotsEndsCleanlyAndTheWorkersStillAnalyse() throws InterruptedException {
        String bill = Fixtures.text("bills/ledger-with-dates-duplicate-and-overcharge.txt");
        String poison = bill + "\n" + "12.34.".repeat(48 * 1024 / 6) + "\n";

        Api.Reply reply = admin.upload("/v1/analyses", "bill.txt", poison.getBytes(StandardCharsets.UTF_8),
                Map.of("scheme", "E2E"), Map.of());
        if (reply.status() != 400 && reply.status() != 413 && reply.status() != 422) {
            assertEquals(202, reply.status(), reply.text());
            JsonNode analysis = Polling.untilFinished(admin, reply.json().get("id").asText());
            if (analysis.get("status").asText().equals("failed")) {
                assertFalse(analysis.at("/error/code").asText().isBlank(), analysis.toString());
            }
        }

        JsonNode valid = admin.upload("bill.txt", bill.getBytes(StandardCharsets.UTF_8), Map.of("scheme", "E2E")).json();
        assertEquals("completed", Polling.untilFinished(admin, valid.get("id").asText()).get("status").asText());
        JsonNode health = admin.get("/health").json();
        assertEquals(2, health.at("/workers/configured").asInt(), health.toString());
        assertEquals(2, health.at("/workers/alive").asInt(), health.toString());
        assertEquals(200, admin.get("/health/readiness").status());
        assertTrue(health.at("/queue/oldestWaitingSeconds").isNumber(), health.toString());
    }
}

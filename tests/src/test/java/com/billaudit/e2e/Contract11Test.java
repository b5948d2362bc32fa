package com.billaudit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What contract 1.1 adds to the analysis routes, end to end against the real server and PostgreSQL. */
class Contract11Test {
    @RegisterExtension
    static final SharedServer server = new SharedServer();
    private static final String BELOW = "bills/ledger-total-below-its-lines.txt";
    private static final String CLEAR = "bills/ledger-with-dates-duplicate-and-overcharge.txt";
    private static final String UNREADABLE = "bills/final-bill-with-no-readable-charges.txt";
    private static Api admin;

    @BeforeAll
    static void start() {
        admin = server.admin();
        Fixtures.scheme(admin, "E2E", "E2E scheme");
    }

    @Test
    void aCompletedAnalysisCarriesTheBillsTheirLinesAndTheReview() {
        JsonNode analysis = admin.upload("bill.txt", Fixtures.bytes(BELOW), Map.of("scheme", "E2E")).json();

        assertEquals("completed", analysis.get("status").asText(), analysis.toString());
        assertEquals("INR", analysis.get("currency").asText());
        assertTrue(analysis.has("locale"));
        for (JsonNode item : analysis.get("lineItems")) {
            assertEquals(1, item.get("bill").asInt());
            assertFalse(item.get("uncertain").asBoolean());
            assertTrue(item.has("code") && item.has("section"), item.toString());
        }
        JsonNode bills = analysis.get("bills");
        assertEquals(1, bills.size());
        assertEquals(4140.0, bills.at("/0/lineItems").asDouble());
        assertEquals(3900.0, bills.at("/0/statedTotal").asDouble());
        assertFalse(bills.at("/0/taxIncluded").asBoolean());
        assertEquals(4140.0, analysis.at("/totals/lineItems").asDouble());

        JsonNode under = finding(analysis, "TOTAL_MISMATCH");
        assertEquals(240.0, under.get("amount").asDouble());
        assertEquals("info", under.get("severity").asText());
        assertEquals("under", under.at("/evidence/direction").asText());
        assertFalse(under.at("/evidence/counted").asBoolean(true));
        assertEquals(560.0, analysis.at("/totals/recoverable").asDouble(), "a total below the lines recovers nothing");
        assertFalse(analysis.at("/review/needed").asBoolean(),
                "an exact reading whose total disagrees is a finding, not a doubt: " + analysis.get("review"));
        assertTrue(analysis.get("progress").isNull());
    }

    @Test
    void theReviewFilterListsWhatNeedsAPerson() {
        JsonNode unread = admin.upload("unread.txt", Fixtures.bytes(UNREADABLE), Map.of("scheme", "E2E")).json();
        assertTrue(unread.at("/review/reasons/0").asText().contains("No charges"), unread.toString());
        String unsure = unread.get("id").asText();
        String clear = admin.upload("clear.txt", Fixtures.bytes(CLEAR), Map.of("scheme", "E2E")).json().get("id").asText();
        assertFalse(admin.get("/v1/analyses/" + clear).json().at("/review/needed").asBoolean());

        JsonNode needed = admin.get("/v1/analyses?review=needed&limit=100").json().get("items");
        List<String> ids = ids(needed);
        assertTrue(ids.contains(unsure), ids.toString());
        assertFalse(ids.contains(clear), ids.toString());
        needed.forEach(summary -> assertTrue(summary.get("reviewNeeded").asBoolean()));
        assertTrue(ids(admin.get("/v1/analyses?review=none&limit=100").json().get("items")).contains(clear));
        assertEquals(400, admin.get("/v1/analyses?review=maybe").status());
    }

    @Test
    void theUploadedDocumentIsServedAsUploadedUntilDeleted() {
        byte[] bytes = Fixtures.bytes(CLEAR);
        String id = admin.upload("clear.txt", bytes, Map.of("scheme", "E2E")).json().get("id").asText();

        Api.Reply document = admin.get("/v1/analyses/" + id + "/document");
        assertEquals(200, document.status());
        assertArrayEquals(bytes, document.body());
        assertTrue(document.header("Content-Type").startsWith("text/plain"), document.header("Content-Type"));
        assertEquals(401, admin.withKey("not-a-key").get("/v1/analyses/" + id + "/document").status());
        String other = admin.postJson("/v1/api-keys", "{\"name\":\"other\"}").json().get("key").asText();
        assertEquals(404, admin.withKey(other).get("/v1/analyses/" + id + "/document").status(), "not the owner's");

        assertEquals(204, admin.delete("/v1/analyses/" + id).status());
        Api.Reply gone = admin.get("/v1/analyses/" + id + "/document");
        assertEquals(404, gone.status());
        assertTrue(gone.header("Content-Type").startsWith("application/problem+json"));
    }

    @Test
    void anAnalysisNobodyRunsYetShowsItIsQueued() {
        try (TestServer front = TestServer.start(Map.of("MASTER_API_KEY", server.master(), "WORKERS", "0"))) {
            Api api = new Api(front.baseUrl(), server.master());
            Api.Reply accepted = api.upload("/v1/analyses", "bill.txt", Fixtures.bytes(CLEAR), Map.of(), Map.of());
            assertEquals(202, accepted.status(), accepted.text());

            JsonNode analysis = api.get("/v1/analyses/" + accepted.json().get("id").asText()).json();
            assertEquals("queued", analysis.get("status").asText());
            assertEquals("queued", analysis.at("/progress/stage").asText());
            assertEquals(0, analysis.at("/progress/pagesDone").asInt());
        }
    }

    private static JsonNode finding(JsonNode analysis, String type) {
        for (JsonNode finding : analysis.get("findings")) {
            if (finding.get("type").asText().equals(type)) {
                return finding;
            }
        }
        throw new AssertionError("no " + type + " in " + analysis.get("findings"));
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}

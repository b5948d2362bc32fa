package com.billaudit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analysis routes of the HTTP contract, end to end against the real server and PostgreSQL. */
class AnalysisContractTest {
    @RegisterExtension
    static final SharedServer server = new SharedServer();
    private static Api admin;

    @BeforeAll
    static void start() {
        admin = server.admin();
        Fixtures.scheme(admin, "E2E", "E2E scheme");
    }

    @Test
    void auditsATextBillAndAnswersTheFullAnalysisWhenItFinishesWithinWait() {
        Api.Reply reply = admin.upload("bill.txt", Fixtures.bytes("bills/ledger-with-dates-duplicate-and-overcharge.txt"),
                Map.of("scheme", "E2E", "reference", "claim-42"));

        assertEquals(200, reply.status(), reply.text());
        JsonNode analysis = reply.json();
        assertEquals("completed", analysis.get("status").asText());
        assertEquals("claim-42", analysis.get("reference").asText());
        assertEquals("E2E", analysis.get("scheme").asText());
        assertEquals("INR", analysis.get("currency").asText());
        assertEquals("hospital_bill", analysis.get("documentType").asText());
        assertEquals("text", analysis.at("/document/textSource").asText());
        assertEquals("text/plain", analysis.at("/document/contentType").asText());
        assertEquals(64, analysis.at("/document/sha256").asText().length());

        JsonNode items = analysis.get("lineItems");
        assertEquals(8, items.size());
        JsonNode xray = items.get(5);
        assertEquals(6, xray.get("index").asInt());
        assertEquals("X-Ray Chest PA View", xray.get("description").asText());
        assertEquals("2025-03-12", xray.get("date").asText());
        assertEquals(400.0, xray.get("unitPrice").asDouble());
        assertEquals("R001", xray.at("/match/code").asText());

        assertEquals(List.of("ARITHMETIC:60.0", "DUPLICATE:150.0", "NON_PAYABLE:200.0", "OVERCHARGE:150.0"),
                moneyFindings(analysis));
        assertEquals(4140.0, analysis.at("/totals/lineItems").asDouble());
        assertEquals(560.0, analysis.at("/totals/recoverable").asDouble());
        assertEquals(13.53, analysis.at("/totals/recoverablePct").asDouble());
        assertEquals("critical", analysis.get("verdict").asText());
        assertFalse(analysis.get("explanation").asText().isBlank());
        assertTrue(analysis.get("agents").size() >= 6, "every agent is reported");
        assertTrue(analysis.get("error").isNull());

        String id = analysis.get("id").asText();
        JsonNode again = admin.get("/v1/analyses/" + id).json();
        assertEquals(analysis.get("findings"), again.get("findings"), "what was answered is what was stored");
    }

    @Test
    void perDayChargesOnDifferentDatesAreNotDuplicates() {
        JsonNode analysis = admin.upload("bill.txt", Fixtures.bytes("bills/ledger-with-dates-duplicate-and-overcharge.txt"),
                Map.of("scheme", "E2E")).json();
        for (JsonNode finding : analysis.get("findings")) {
            if (finding.get("type").asText().equals("DUPLICATE")) {
                assertEquals("[4,5]", finding.get("lineItems").toString());
            }
        }
    }

    @Test
    void aDocumentThatIsNotABillCompletesWithoutItemsOrVerdict() {
        JsonNode analysis = admin.upload("summary.txt", Fixtures.bytes("bills/discharge-summary.txt"), Map.of("scheme", "E2E")).json();

        assertEquals("completed", analysis.get("status").asText());
        assertEquals("not_a_bill", analysis.get("documentType").asText());
        assertEquals(0, analysis.get("lineItems").size());
        assertTrue(analysis.get("verdict").isNull());
    }

    @Test
    void withoutWaitTheUploadIsAcceptedAndLaterCompleted() throws InterruptedException {
        Api.Reply accepted = admin.upload("/v1/analyses", "bill.txt",
                Fixtures.bytes("bills/ledger-with-dates-duplicate-and-overcharge.txt"), Map.of("scheme", "E2E"), Map.of());

        assertEquals(202, accepted.status(), accepted.text());
        String id = accepted.json().get("id").asText();
        assertEquals("/v1/analyses/" + id, accepted.header("Location"));
        assertEquals("completed", Polling.untilFinished(admin, id).get("status").asText());
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstAnalysis() {
        Map<String, String> headers = Map.of("Idempotency-Key", "retry-" + UUID.randomUUID());
        byte[] bill = Fixtures.bytes("bills/ledger-with-dates-duplicate-and-overcharge.txt");

        String first = admin.upload("/v1/analyses?wait=30", "a.txt", bill, Map.of("scheme", "E2E"), headers).json().get("id").asText();
        String second = admin.upload("/v1/analyses?wait=30", "a.txt", bill, Map.of("scheme", "E2E"), headers).json().get("id").asText();

        assertEquals(first, second);
    }

    @Test
    void listsNewestFirstWithFiltersAndCursorPaging() {
        for (int i = 0; i < 3; i++) {
            admin.upload("bill.txt", Fixtures.bytes("bills/ledger-with-dates-duplicate-and-overcharge.txt"), Map.of("scheme", "E2E"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = admin.get("/v1/analyses?verdict=critical&limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            assertTrue(page.get("items").size() <= 2);
            page.get("items").forEach(item -> seen.add(item.get("createdAt").asText() + " " + item.get("id").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);

        assertTrue(seen.size() >= 3);
        List<String> newestFirst = new ArrayList<>(seen);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertEquals(newestFirst, seen);
        assertEquals(seen.size(), seen.stream().distinct().count(), "no analysis appears on two pages");
    }

    @Test
    void deleteRemovesTheAnalysis() {
        String id = admin.upload("bill.txt", Fixtures.bytes("bills/discharge-summary.txt"), Map.of("scheme", "E2E"))
                .json().get("id").asText();

        assertEquals(204, admin.delete("/v1/analyses/" + id).status());
        assertEquals(404, admin.get("/v1/analyses/" + id).status());
    }

    @Test
    void statsCountWhatWasAnalysed() {
        // a key of its own: its stats hold exactly what this test uploaded, whatever the other tests did
        Api owner = admin.withKey(admin.postJson("/v1/api-keys", "{\"name\":\"stats\"}").json().get("key").asText());
        assertEquals(0, owner.get("/v1/stats").json().get("total").asLong());

        JsonNode analysis = owner.upload("bill.txt", Fixtures.bytes("bills/ledger-with-dates-duplicate-and-overcharge.txt"),
                Map.of("scheme", "E2E")).json();
        JsonNode stats = owner.get("/v1/stats").json();

        assertEquals("completed", analysis.get("status").asText());
        assertEquals(1, stats.get("total").asLong(), stats.toString());
        assertEquals(1, stats.at("/byStatus/completed").asLong(), stats.toString());
        assertEquals(1, stats.at("/byVerdict/" + analysis.get("verdict").asText()).asLong(), stats.toString());
        assertEquals(0, analysis.at("/totals/lineItems").decimalValue().compareTo(stats.get("billed").decimalValue()),
                stats.toString());
        assertEquals(0, analysis.at("/totals/recoverable").decimalValue().compareTo(stats.get("recoverable").decimalValue()),
                stats.toString());
    }

    private static List<String> moneyFindings(JsonNode analysis) {
        List<String> found = new ArrayList<>();
        for (JsonNode finding : analysis.get("findings")) {
            if (finding.get("amount").asDouble() > 0) {
                found.add(finding.get("type").asText() + ":" + finding.get("amount").asDouble());
            }
        }
        found.sort(null);
        return found;
    }
}

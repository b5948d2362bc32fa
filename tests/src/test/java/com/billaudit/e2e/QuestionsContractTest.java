package com.billaudit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Questions about an analysis: answered from its lines and findings, cited, kept, the owner's only. */
class QuestionsContractTest {
    private static final String MASTER = "master-" + UUID.randomUUID();
    private static TestServer server;
    private static Api admin;
    private static String analysis;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of("MASTER_API_KEY", MASTER));
        admin = new Api(server.baseUrl(), MASTER);
        admin.putJson("/v1/schemes/QA", "{\"name\":\"Questions\",\"currency\":\"INR\",\"overchargeTolerance\":0.10}");
        admin.postCsv("/v1/schemes/QA/tariffs", Fixtures.text("tariff.csv"));
        admin.postCsv("/v1/schemes/QA/non-payable", Fixtures.text("non_payable.csv"));
        analysis = admin.upload("bill.txt", Fixtures.bytes("bills/ledger-with-dates-duplicate-and-overcharge.txt"),
                Map.of("scheme", "QA")).json().get("id").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aQuestionAboutALineCitesTheLineAndTheFindingsOnIt() {
        Api.Reply reply = ask(analysis, "Why is line 6 flagged?");

        assertEquals(201, reply.status(), reply.text());
        JsonNode answer = reply.json();
        assertEquals("rules", answer.get("mode").asText());
        assertTrue(answer.get("answer").asText().contains("X-Ray Chest PA View"), answer.toString());
        assertTrue(answer.get("citations").toString().contains("{\"lineItem\":6}"), answer.toString());
        assertTrue(answer.get("citations").toString().contains("\"finding\""), answer.toString());
    }

    @Test
    void aQuestionAboutAKindOfFindingCitesEachOfThem() {
        JsonNode answer = ask(analysis, "Were there any duplicates?").json();

        assertTrue(answer.get("answer").asText().toLowerCase().contains("duplicate"), answer.toString());
        assertTrue(answer.get("citations").toString().contains("{\"lineItem\":4}"), answer.toString());
        assertTrue(answer.get("citations").toString().contains("{\"lineItem\":5}"), answer.toString());
    }

    @Test
    void aLineNamedByItsWordsIsFoundAndAnUnplaceableQuestionGetsTheSummary() {
        JsonNode byWords = ask(analysis, "What about the registration charges?").json();
        assertTrue(byWords.get("citations").toString().contains("{\"lineItem\":7}"), byWords.toString());

        JsonNode vague = ask(analysis, "Is the weather nice?").json();
        assertTrue(vague.get("answer").asText().contains("560.00"), vague.toString());
        assertTrue(vague.get("answer").asText().contains("Ask about a line"), vague.toString());
    }

    @Test
    void questionsAreKeptOldestFirstAndOnlyForTheOwner() {
        String own = admin.upload("bill.txt", Fixtures.bytes("bills/ledger-with-dates-duplicate-and-overcharge.txt"),
                Map.of("scheme", "QA")).json().get("id").asText();
        ask(own, "How much can be recovered?");
        ask(own, "Why is line 8 flagged?");

        JsonNode listed = admin.get("/v1/analyses/" + own + "/questions").json().get("items");

        assertEquals(2, listed.size());
        assertEquals("How much can be recovered?", listed.get(0).get("question").asText());
        assertFalse(listed.get(1).get("answer").asText().isBlank());
        Api stranger = new Api(server.baseUrl(), admin.postJson("/v1/api-keys", "{\"name\":\"stranger\"}").json().get("key").asText());
        assertEquals(404, stranger.get("/v1/analyses/" + own + "/questions").status());
        assertEquals(404, stranger.postJson("/v1/analyses/" + own + "/questions", "{\"question\":\"line 1?\"}").status());
        assertEquals(400, admin.postJson("/v1/analyses/" + own + "/questions", "{}").status());
        assertEquals(204, admin.delete("/v1/analyses/" + own).status());
        assertEquals(404, admin.get("/v1/analyses/" + own + "/questions").status());
    }

    private static Api.Reply ask(String id, String question) {
        return admin.postJson("/v1/analyses/" + id + "/questions", "{\"question\":\"" + question + "\"}");
    }
}

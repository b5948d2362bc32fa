package com.billaudit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.billaudit.e2e.ScriptedChat.CHAT;
import static com.billaudit.e2e.ScriptedChat.completion;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What leaves the machine in LLM mode (no name, phone number or patient id of the document),
 * cached model answers deleted with their analysis, and questions about an analysis in both modes.
 */
class LlmPrivacyAndQuestionsContractTest {
    private static final String MASTER = "master-" + UUID.randomUUID();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = """
            Patient Name : Ramesh Kumar Verma        Mobile: 98765 43210
            UHID: SMH20231145                        Address: 22 Lotus Residency, Baner
            """;
    private static final List<String> SECRETS = List.of("Ramesh", "Verma", "98765", "43210", "SMH20231145", "Lotus",
            "Banerjee", "7741", "2465");

    private final WireMockServer endpoint = new WireMockServer(options().dynamicPort());

    @AfterEach
    void stop() {
        endpoint.stop();
    }

    private static byte[] bill() {
        return (HEADER + Fixtures.text("bills/ledger-with-dates-duplicate-and-overcharge.txt"))
                .getBytes(StandardCharsets.UTF_8);
    }

    private void script() {
        endpoint.start();
        endpoint.stubFor(post(urlEqualTo(CHAT)).willReturn(aResponse().withStatus(500)));
        endpoint.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("Page 1 of the document"))
                .willReturn(completion(JSON.createObjectNode().set("rows", JSON.createArrayNode()))));
        endpoint.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("Audit result:"))
                .willReturn(completion(JSON.createObjectNode().put("explanation", "Scripted.")
                        .put("disputeLetter", "").set("recommendations", JSON.createArrayNode()))));
    }

    private TestServer server(boolean llm) {
        Map<String, String> env = new HashMap<>();
        env.put("MASTER_API_KEY", MASTER);
        if (llm) {
            env.put("OPENAI_BASE_URL", endpoint.baseUrl() + "/v1");
            env.put("LLM_MODEL", "scripted-" + UUID.randomUUID());
            env.put("LLM_TIMEOUT_SECONDS", "5");
            env.put("LLM_MAX_RETRIES", "0");
        }
        return TestServer.start(env);
    }

    private static Api scheme(TestServer server) {
        Api admin = new Api(server.baseUrl(), MASTER);
        Fixtures.scheme(admin, "E2E", "E2E scheme");
        return admin;
    }

    private static JsonNode analyse(Api api) {
        Api.Reply reply = api.upload("bill.txt", bill(), Map.of("scheme", "E2E"));
        assertEquals(200, reply.status(), reply.text());
        return reply.json();
    }

    private int pageReadings() {
        return endpoint.findAll(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(containing("Page 1 of the document")))
                .size();
    }

    @Test
    void theModelNeverSeesTheDocumentsPersonalDetailsAndItsAnswersGoWithTheAnalysis() {
        script();
        try (TestServer server = server(true)) {
            Api admin = scheme(server);
            String first = analyse(admin).get("id").asText();
            assertEquals(1, pageReadings());
            for (LoggedRequest sent : endpoint.findAll(postRequestedFor(urlEqualTo(CHAT)))) {
                for (String secret : SECRETS) {
                    assertFalse(sent.getBodyAsString().contains(secret), secret + " was sent: " + sent.getBodyAsString());
                }
            }

            String second = analyse(admin).get("id").asText();
            assertEquals(1, pageReadings(), "the same document's page is answered from the cache");

            assertEquals(204, admin.delete("/v1/analyses/" + first).status());
            analyse(admin);
            assertEquals(2, pageReadings(), "deleting the analysis deleted the cached answers about its document");
            assertEquals(200, admin.get("/v1/analyses/" + second).status());
        }
    }

    @Test
    void aModelsAnswerIsKeptOnlyWhenEveryNumberIsTheAnalysisOtherwiseTheRulesAnswer() {
        script();
        endpoint.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("Question: What can I recover?"))
                .willReturn(completion(JSON.createObjectNode().put("answer", "You can get 999.00 back.")
                        .set("findings", JSON.createArrayNode().add(1)))));
        endpoint.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("Question: Is the X-ray overpriced?"))
                .willReturn(completion(JSON.createObjectNode()
                        .put("answer", "Yes: line 6 bills 400.00 for the X-ray.")
                        .<ObjectNode>set("lineItems", JSON.createArrayNode().add(6))
                        .set("findings", JSON.createArrayNode()))));
        try (TestServer server = server(true)) {
            Api admin = scheme(server);
            JsonNode analysis = analyse(admin);
            String questions = "/v1/analyses/" + analysis.get("id").asText() + "/questions";

            JsonNode free = admin.postJson(questions, "{\"question\":\"Is the X-ray overpriced?\"}").json();
            assertEquals("llm", free.get("mode").asText(), free.toString());
            assertEquals(6, free.at("/citations/0/lineItem").asInt());

            Api.Reply refused = admin.postJson(questions, "{\"question\":\"What can I recover?\"}");
            assertEquals(201, refused.status(), refused.text());
            assertEquals("rules", refused.json().get("mode").asText());
            assertFalse(refused.json().get("answer").asText().contains("999"));
            assertTrue(refused.json().get("answer").asText().contains("560.00"), refused.text());

            JsonNode listed = admin.get(questions).json().get("items");
            assertEquals(List.of("Is the X-ray overpriced?", "What can I recover?"),
                    List.of(listed.get(0).get("question").asText(), listed.get(1).get("question").asText()));
        }
    }

    @Test
    void inRulesModeCommonQuestionsAreAnsweredFromTheFindingsWithCitationsAndAccessIsTheAnalysiss() {
        try (TestServer server = server(false)) {
            Api admin = scheme(server);
            JsonNode analysis = analyse(admin);
            String questions = "/v1/analyses/" + analysis.get("id").asText() + "/questions";

            Api.Reply why = admin.postJson(questions, "{\"question\":\"Why is line 6 flagged?\"}");
            assertEquals(201, why.status(), why.text());
            JsonNode answer = why.json();
            assertEquals("rules", answer.get("mode").asText());
            assertEquals(6, answer.at("/citations/0/lineItem").asInt());
            int finding = answer.at("/citations/1/finding").asInt();
            JsonNode cited = analysis.get("findings").get(finding - 1);
            assertEquals("OVERCHARGE", cited.get("type").asText());
            assertTrue(cited.get("lineItems").toString().contains("6"));
            assertTrue(answer.has("id") && answer.has("createdAt") && answer.get("question").asText().contains("line 6"));

            JsonNode notPayable = admin.postJson(questions, "{\"question\":\"What is not payable?\"}").json();
            int nonPayable = notPayable.at("/citations/0/finding").asInt();
            assertEquals("NON_PAYABLE", analysis.get("findings").get(nonPayable - 1).get("type").asText());

            assertEquals(422, admin.postJson(questions, "{\"question\":\"  \"}").status());
            assertEquals(422, admin.postJson(questions, "{\"question\":\"" + "why ".repeat(400) + "\"}").status());
            String bob = admin.postJson("/v1/api-keys", "{\"name\":\"bob\"}").json().get("key").asText();
            assertEquals(404, admin.withKey(bob).get(questions).status());
            assertEquals(404, admin.withKey(bob).postJson(questions, "{\"question\":\"why?\"}").status());
            assertEquals(2, admin.get(questions).json().get("items").size());
        }
    }
}

package com.billaudit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.billaudit.e2e.ScriptedChat.CHAT;
import static com.billaudit.e2e.ScriptedChat.completion;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service with an LLM configured, against a scripted OpenAI-compatible endpoint (the one
 * thing tests fake): LLM agents run in llm mode and the audit is exactly the rules' audit; with
 * the endpoint unreachable the same bill completes with those agents degraded and the same verdict.
 */
class LlmModeContractTest {
    private static final String MASTER = "master-" + UUID.randomUUID();
    private static final String BILL = "bills/ledger-with-dates-duplicate-and-overcharge.txt";
    private static final List<String> LLM_AGENTS = List.of("extraction", "explanation");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final WireMockServer endpoint = new WireMockServer(options().dynamicPort());

    @BeforeAll
    static void script() {
        endpoint.start();
        endpoint.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("Document text:"))
                .willReturn(completion(JSON.createObjectNode().put("documentType", "hospital_bill")
                        .put("reason", "final bill with a charge table"))));
        endpoint.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("Page 1 of the document"))
                .willReturn(completion(pageOne())));
        endpoint.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("Audit result:"))
                .willReturn(completion(JSON.createObjectNode()
                        .put("explanation", "Scripted explanation: the bill charges more than the scheme allows.")
                        .put("disputeLetter", "Dear Billing Desk, [Patient name] asks for a refund.")
                        .set("recommendations", JSON.createArrayNode().add("Ask the hospital for a refund.")))));
    }

    @AfterAll
    static void stop() {
        endpoint.stop();
    }

    @Test
    void withAScriptedEndpointTheLlmAgentsRunInLlmModeAndTheAuditIsUnchanged() {
        JsonNode analysis = analyse(endpoint.baseUrl() + "/v1");

        Map<String, String> agents = agentStates(analysis);
        for (String agent : LLM_AGENTS) {
            assertEquals("ok/llm", agents.get(agent), agent + " in " + agents);
        }
        assertEquals("ok/rules", agents.get("classification"), "the rules see a bill: no model is asked");
        assertAuditedExactly(analysis);
        assertTrue(analysis.get("explanation").asText().startsWith("Scripted explanation"));
        assertTrue(analysis.get("explanation").asText().contains("Dear Billing Desk"));
        assertEquals("Ask the hospital for a refund.", analysis.at("/recommendations/0").asText());
    }

    @Test
    void withTheEndpointDownTheSameBillCompletesInRulesModeWithTheLlmAgentsDegraded() {
        JsonNode analysis = analyse(ScriptedChat.unreachableBaseUrl());

        Map<String, String> agents = agentStates(analysis);
        for (String agent : LLM_AGENTS) {
            assertEquals("degraded/rules", agents.get(agent), agent + " in " + agents);
        }
        assertAuditedExactly(analysis);
        assertTrue(!analysis.get("explanation").asText().isBlank());
    }

    private static JsonNode analyse(String llmBaseUrl) {
        Map<String, String> env = new HashMap<>();
        env.put("MASTER_API_KEY", MASTER);
        env.put("OPENAI_BASE_URL", llmBaseUrl);
        env.put("OPENAI_API_KEY", "test-key");
        // answers are cached (in Redis when REDIS_URL is set) by model: a fresh name means a fresh cache
        env.put("LLM_MODEL", "scripted-" + UUID.randomUUID());
        env.put("LLM_TIMEOUT_SECONDS", "5");
        env.put("LLM_MAX_RETRIES", "0");
        try (TestServer server = TestServer.start(env)) {
            Api admin = new Api(server.baseUrl(), MASTER);
            Fixtures.scheme(admin, "E2E", "E2E scheme");
            Api.Reply reply = admin.upload("bill.txt", Fixtures.bytes(BILL), Map.of("scheme", "E2E"));
            assertEquals(200, reply.status(), reply.text());
            return reply.json();
        }
    }

    private static void assertAuditedExactly(JsonNode analysis) {
        assertEquals("completed", analysis.get("status").asText());
        assertEquals("hospital_bill", analysis.get("documentType").asText());
        assertEquals(8, analysis.get("lineItems").size());
        assertEquals("Inj Ceftriaxone 1gm", analysis.at("/lineItems/7/description").asText());
        assertEquals(240.0, analysis.at("/lineItems/7/amount").asDouble());
        List<String> money = new ArrayList<>();
        for (JsonNode finding : analysis.get("findings")) {
            if (finding.get("amount").asDouble() > 0) {
                money.add(finding.get("type").asText() + ":" + finding.get("amount").asDouble());
            }
        }
        money.sort(null);
        assertEquals(List.of("ARITHMETIC:60.0", "DUPLICATE:150.0", "NON_PAYABLE:200.0", "OVERCHARGE:150.0"), money);
        assertEquals(560.0, analysis.at("/totals/recoverable").asDouble());
        assertEquals("critical", analysis.get("verdict").asText());
    }

    private static Map<String, String> agentStates(JsonNode analysis) {
        Map<String, String> states = new HashMap<>();
        for (JsonNode agent : analysis.get("agents")) {
            states.put(agent.get("name").asText(), agent.get("status").asText() + "/" + agent.get("mode").asText());
        }
        return states;
    }

    /** The bill's rows as a careful model would read them, figures as printed. */
    private static ObjectNode pageOne() {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode rows = page.putArray("rows");
        row(rows, "General Ward Bed Charges", "11/03/2025", "1", "1,000.00", "1,000.00", "room");
        row(rows, "General Ward Bed Charges", "12/03/2025", "1", "1,000.00", "1,000.00", "room");
        row(rows, "General Ward Bed Charges", "13/03/2025", "1", "1,000.00", "1,000.00", "room");
        row(rows, "Complete Blood Count", "11/03/2025", "1", "150.00", "150.00", "investigation");
        row(rows, "Complete Blood Count", "11/03/2025", "1", "150.00", "150.00", "investigation");
        row(rows, "X-Ray Chest PA View", "12/03/2025", "1", "400.00", "400.00", "imaging");
        row(rows, "Registration Charges", "12/03/2025", "1", "200.00", "200.00", "other");
        row(rows, "Inj Ceftriaxone 1gm", "13/03/2025", "3", "60.00", "240.00", "medicine");
        page.putObject("summary").put("subtotal", "4,140.00").put("discount", "").put("tax", "")
                .put("total", "4,140.00");
        return page;
    }

    private static void row(ArrayNode rows, String description, String date, String quantity, String unitPrice,
                            String amount, String category) {
        rows.addObject().put("description", description).put("date", date).put("quantity", quantity)
                .put("unitPrice", unitPrice).put("amount", amount).put("category", category).put("page", 1);
    }
}

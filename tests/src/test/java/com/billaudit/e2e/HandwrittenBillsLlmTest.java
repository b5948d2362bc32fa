package com.billaudit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The real handwritten chemist bills with ground truth, end to end: OCR cannot read them, a
 * scripted vision model answering from the truth file reads their page images, and the line
 * items come out as the truth says; with the endpoint down they still complete, in rules mode.
 * Runs only with {@code -Dreal.set=/path/to/acceptance/real} (real OCR of real scans is slow).
 */
@EnabledIfSystemProperty(named = "real.set", matches = ".+")
class HandwrittenBillsLlmTest {
    private static final String MASTER = "master-" + UUID.randomUUID();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer endpoint = new WireMockServer(options().dynamicPort());

    @AfterEach
    void stop() {
        endpoint.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ext-006", "ext-008"})
    void aVisionModelReadsTheHandwrittenRowsAsTheTruthSays(String id) throws IOException {
        JsonNode truth = truth(id);
        endpoint.start();
        endpoint.stubFor(post(urlEqualTo(CHAT)).willReturn(completion(JSON.createObjectNode()
                .put("documentType", truth.get("documentType").asText()).put("reason", "truth file"))));
        for (int page = 1; page <= pages(truth); page++) {
            endpoint.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("image_url"))
                    .withRequestBody(containing("Page " + page + " of the document"))
                    .willReturn(completion(rowsOfPage(truth, page))));
        }

        JsonNode analysis = analyse(id, endpoint.baseUrl() + "/v1");

        assertEquals("ok/llm", agent(analysis, "page-images"));
        assertEquals(truth.get("documentType").asText(), analysis.get("documentType").asText());
        assertEquals(amounts(truth), amounts(analysis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ext-006"})
    void withTheEndpointDownTheBillStillCompletesInRulesMode(String id) throws IOException {
        JsonNode analysis = analyse(id, ScriptedChat.unreachableBaseUrl());
        assertEquals("completed", analysis.get("status").asText());
        assertEquals("degraded/rules", agent(analysis, "page-images"));
    }

    private static JsonNode analyse(String id, String llmBaseUrl) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("MASTER_API_KEY", MASTER);
        env.put("OPENAI_BASE_URL", llmBaseUrl);
        env.put("LLM_MODEL", "scripted-" + UUID.randomUUID());
        env.put("LLM_MAX_RETRIES", "0");
        env.put("AGENT_TIMEOUT_SECONDS", "60");
        Path bill = Path.of(System.getProperty("real.set"), "bills", truth(id).get("file").asText());
        try (TestServer server = TestServer.start(env)) {
            Api.Reply reply = new Api(server.baseUrl(), MASTER).upload("/v1/analyses?wait=60",
                    bill.getFileName().toString(), Files.readAllBytes(bill), Map.of(), Map.of());
            assertEquals(200, reply.status(), reply.text());
            return reply.json();
        }
    }

    private static JsonNode truth(String id) throws IOException {
        return JSON.readTree(Path.of(System.getProperty("real.set"), "expected", id + ".json").toFile());
    }

    /** The truth's bills are one per page when it splits them, else all on page 1. */
    private static int pages(JsonNode truth) {
        int pages = 1;
        for (JsonNode item : truth.get("lineItems")) {
            pages = Math.max(pages, item.path("bill").asInt(1));
        }
        return pages;
    }

    private static ObjectNode rowsOfPage(JsonNode truth, int page) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode rows = answer.putArray("rows");
        for (JsonNode item : truth.get("lineItems")) {
            if (item.path("bill").asInt(1) == page) {
                rows.addObject().put("description", item.get("description").asText()).put("date", "")
                        .put("quantity", item.get("quantity").asText())
                        .put("unitPrice", item.get("unitPrice").isNull() ? "" : item.get("unitPrice").asText())
                        .put("amount", String.format("%.2f", item.get("amount").asDouble()))
                        .put("category", "medicine").put("page", page);
            }
        }
        answer.putObject("summary").put("subtotal", "").put("discount", "").put("tax", "").put("total", "");
        return answer;
    }

    private static List<Double> amounts(JsonNode analysisOrTruth) {
        List<Double> amounts = new ArrayList<>();
        analysisOrTruth.get("lineItems").forEach(item -> amounts.add(item.get("amount").asDouble()));
        amounts.sort(null);
        return amounts;
    }

    private static String agent(JsonNode analysis, String name) {
        for (JsonNode agent : analysis.get("agents")) {
            if (agent.get("name").asText().equals(name)) {
                return agent.get("status").asText() + "/" + agent.get("mode").asText();
            }
        }
        return "absent";
    }
}

package com.billaudit.llm;

import com.billaudit.domain.DocumentText;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.PageText;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static com.billaudit.llm.ScriptedOpenAi.CHAT;
import static com.billaudit.llm.ScriptedOpenAi.completion;
import static com.billaudit.llm.ScriptedOpenAi.fixture;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each OpenAI-compatible dialect: what the endpoint receives, and that its answer is used. */
class CompatibleChatModelTest {

    private static final DocumentText BILL = new DocumentText(List.of(new PageText(1, List.of(
            TextLine.exact("City Care Hospital            Final Bill"),
            TextLine.exact("General ward bed charges    3    1,500.00    4,500.00"),
            TextLine.exact("Total payable                              4,500.00")), TextSource.PDF_TEXT, null)));

    private final ScriptedOpenAi endpoint = new ScriptedOpenAi();
    private final Deadline budget = Deadline.after(Duration.ofSeconds(30));

    @AfterEach
    void stop() {
        endpoint.close();
    }

    private LlmAgents agents(LlmSettings settings) {
        var gateway = new LlmGateway(settings, new InMemoryLlmAnswerCache(10), new TokenBucketPermits(1000),
                new RecordingListener(), Duration.ofMillis(10));
        return LlmAgents.create(ChatModels.openAi(settings), gateway, new BigDecimal("1.00"));
    }

    private List<LoggedRequest> received() {
        return endpoint.server.findAll(postRequestedFor(urlEqualTo(CHAT)));
    }

    /** The body without the pretty-printer's blanks, so fields read as {@code "type":"json_object"}. */
    private static String bodyOf(LoggedRequest request) {
        return request.getBodyAsString().replace("\" : ", "\":");
    }

    @Test
    void aReasoningModelGetsNoTemperatureAndMaxCompletionTokens() {
        endpoint.answer(completion(fixture("classification-answer.json")));
        var settings = endpoint.settings(5, 0).withReasoning(Reasoning.YES);
        assertEquals(DocumentType.HOSPITAL_BILL, agents(settings).classifier().classify(BILL, budget).orElseThrow());
        String body = bodyOf(received().getFirst());
        assertFalse(body.contains("\"temperature\""), body);
        assertFalse(body.contains("\"max_tokens\""), body);
        assertTrue(body.contains("\"max_completion_tokens\""), body);
    }

    @Test
    void anEndpointRefusingTemperatureIsAskedAgainAsAReasoningModelAndStaysSo() {
        endpoint.answer(completion(fixture("classification-answer.json")));
        endpoint.server.stubFor(post(urlEqualTo(CHAT)).withRequestBody(matchingJsonPath("$.temperature"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Unsupported value: 'temperature' does not support 0.0 "
                                + "with this model.\",\"type\":\"invalid_request_error\",\"param\":\"temperature\"}}")));
        LlmAgents agents = agents(endpoint.settings(5, 0));
        assertEquals(DocumentType.HOSPITAL_BILL, agents.classifier().classify(BILL, budget).orElseThrow());
        agents.classifier().classify(new DocumentText(List.of(new PageText(1,
                List.of(TextLine.exact("Pharmacy invoice 1 x Dolo 650 30.00")), TextSource.PDF_TEXT, null))), budget);
        List<LoggedRequest> requests = received();
        assertEquals(3, requests.size(), "one refused call, then every call in the reasoning dialect");
        assertFalse(bodyOf(requests.get(1)).contains("\"temperature\""));
        assertFalse(bodyOf(requests.get(2)).contains("\"temperature\""));
    }

    @Test
    void aJsonObjectOnlyServerGetsJsonObjectWithTheSchemaInThePrompt() {
        endpoint.answer(completion(fixture("classification-answer.json")));
        var settings = endpoint.settings(5, 0).withOutputFormat(OutputFormat.JSON_OBJECT);
        assertEquals(DocumentType.HOSPITAL_BILL, agents(settings).classifier().classify(BILL, budget).orElseThrow());
        String body = bodyOf(received().getFirst());
        assertTrue(body.contains("\"type\":\"json_object\""), body);
        assertFalse(body.contains("json_schema"), body);
        assertTrue(body.contains("documentType"), "the schema travels in the prompt");
    }

    @Test
    void aServerWithoutStructuredOutputGetsNoResponseFormatAndItsJsonIsCutFromProse() {
        endpoint.answer(completion("Sure! Here it is:\n```json\n" + fixture("classification-answer.json")
                + "\n```\nAnything else?"));
        var settings = endpoint.settings(5, 0).withOutputFormat(OutputFormat.NONE);
        assertEquals(DocumentType.HOSPITAL_BILL, agents(settings).classifier().classify(BILL, budget).orElseThrow());
        String body = bodyOf(received().getFirst());
        assertFalse(body.contains("response_format"), body);
        assertTrue(body.contains("documentType"), "the schema travels in the prompt");
    }

    @Test
    void anEndpointRefusingJsonSchemaStepsDownToJsonObjectAndStaysThere() {
        endpoint.answer(completion(fixture("classification-answer.json")));
        endpoint.server.stubFor(post(urlEqualTo(CHAT)).withRequestBody(matchingJsonPath("$.response_format.json_schema"))
                .willReturn(aResponse().withStatus(400).withBody(
                        "{\"error\":{\"message\":\"response_format of type json_schema is not supported\"}}")));
        LlmAgents agents = agents(endpoint.settings(5, 0));
        assertEquals(DocumentType.HOSPITAL_BILL, agents.classifier().classify(BILL, budget).orElseThrow());
        assertTrue(bodyOf(received().get(1)).contains("\"type\":\"json_object\""));
    }

    @Test
    void theTimeoutOfTheSettingsBoundsACall() {
        endpoint.answer(completion(fixture("classification-answer.json")).withFixedDelay(10_000));
        var settings = LlmSettings.endpoint(endpoint.baseUrl(), null, "gpt-4o-mini", Duration.ofSeconds(1), 0, 60,
                OutputFormat.AUTO, Reasoning.AUTO, true, LlmSettings.DEFAULT_CACHE_TTL, true);
        long start = System.nanoTime();
        assertTrue(agents(settings).classifier().classify(BILL, budget).isEmpty());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0,
                "gave up near the 1 s timeout, long before the 10 s answer");
    }
}

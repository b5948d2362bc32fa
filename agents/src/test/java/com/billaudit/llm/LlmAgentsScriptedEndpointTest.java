package com.billaudit.llm;

import com.billaudit.domain.Bill;
import com.billaudit.domain.Category;
import com.billaudit.domain.DocumentText;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.PageText;
import com.billaudit.domain.StatedTotals;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import com.billaudit.domain.TariffRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static com.billaudit.llm.ScriptedOpenAi.CHAT;
import static com.billaudit.llm.ScriptedOpenAi.completion;
import static com.billaudit.llm.ScriptedOpenAi.fixture;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LlmAgentsScriptedEndpointTest {

    private final ScriptedOpenAi endpoint = new ScriptedOpenAi();
    private final RecordingListener listener = new RecordingListener();
    private final Deadline budget = Deadline.after(Duration.ofSeconds(30));

    @AfterEach
    void stop() {
        endpoint.close();
    }

    private LlmAgents agents(LlmSettings settings, CallPermits permits) {
        var gateway = new LlmGateway(settings, new InMemoryLlmAnswerCache(100), permits, listener,
                Duration.ofMillis(10));
        return LlmAgents.create(ChatModels.openAi(settings), gateway, new BigDecimal("1.00"));
    }

    private LlmAgents agents(int timeoutSeconds, int maxRetries) {
        return agents(endpoint.settings(timeoutSeconds, maxRetries), new TokenBucketPermits(1000));
    }

    private static DocumentText document(String... lines) {
        var page = new PageText(1, List.of(lines).stream().map(TextLine::exact).toList(), TextSource.PDF_TEXT, null);
        return new DocumentText(List.of(page));
    }

    private static final DocumentText WARD_BILL = document(
            "City Care Hospital            Final Bill",
            "General ward bed charges    3    1,500.00    4,500.00",
            "Complete blood count        1      350.00      350.00",
            "Total payable                              4,850.00");

    @Test
    void goodAnswerClassifiesAndRequestsStrictJsonSchemaFromTheConfiguredModel() {
        endpoint.answer(completion(fixture("classification-answer.json")));
        var type = agents(5, 0).classifier().classify(WARD_BILL, budget);
        assertEquals(DocumentType.HOSPITAL_BILL, type.orElseThrow());
        endpoint.server.verify(postRequestedFor(urlEqualTo(CHAT))
                .withRequestBody(matchingJsonPath("$.model", equalTo("test-model")))
                .withRequestBody(matchingJsonPath("$.temperature", equalTo("0.0")))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.strict", equalTo("true"))));
        assertEquals(1, listener.calls.get());
        assertEquals(120, listener.tokensIn.get());
    }

    @Test
    void malformedJsonIsAFallbackSignal() {
        endpoint.answer(completion(fixture("classification-truncated-json.txt")));
        assertTrue(agents(5, 0).classifier().classify(WARD_BILL, budget).isEmpty());
        assertEquals(List.of(LlmException.Reason.MALFORMED_ANSWER), listener.failures);
    }

    @Test
    void hallucinatedRowIsDroppedAndCountedWhileGroundedRowsAreReconciled() {
        endpoint.answer(completion(fixture("page-with-hallucinated-row.json")));
        var ward = new LineItem(1, "General ward bed charges", null, new BigDecimal("3"), Money.of("1500"),
                Money.of("4500"), Category.ROOM, 1, 0.9, null);
        var rulesBill = new Bill(DocumentType.HOSPITAL_BILL, null, List.of(ward),
                new StatedTotals(null, null, null, Money.of("4850")));

        var result = agents(5, 0).extractor().extract(WARD_BILL, rulesBill, budget).orElseThrow();

        assertEquals(List.of("General ward bed charges", "Complete blood count"),
                result.bill().items().stream().map(LineItem::description).toList());
        assertEquals(1, result.agreed());
        assertEquals(1, result.llmOnly());
        assertEquals(1, result.dropped());
        assertEquals(1, listener.rejected.get());
        assertEquals(Money.of("350"), result.bill().items().get(1).unitPrice());
    }

    @Test
    void answerSlowerThanTheTimeoutFallsBackInTime() {
        endpoint.answer(completion(fixture("classification-answer.json")).withFixedDelay(4000));
        long start = System.nanoTime();
        assertTrue(agents(1, 0).classifier().classify(WARD_BILL, budget).isEmpty());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 3000);
        assertEquals(List.of(LlmException.Reason.TIMEOUT), listener.failures);
    }

    @Test
    void tooManyRequestsIsRetriedUntilItSucceeds() {
        endpoint.server.stubFor(post(urlEqualTo(CHAT)).inScenario("throttled").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(429).withBody("{\"error\":{\"message\":\"slow down\"}}"))
                .willSetStateTo("recovered"));
        endpoint.server.stubFor(post(urlEqualTo(CHAT)).inScenario("throttled").whenScenarioStateIs("recovered")
                .willReturn(completion(fixture("classification-answer.json"))));
        assertEquals(DocumentType.HOSPITAL_BILL, agents(5, 2).classifier().classify(WARD_BILL, budget).orElseThrow());
        assertEquals(2, endpoint.chatRequests());
        assertTrue(listener.failures.isEmpty());
    }

    @Test
    void persistentServerErrorIsRetriedThenAFallbackSignal() {
        endpoint.answer(aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"boom\"}}"));
        assertTrue(agents(5, 1).classifier().classify(WARD_BILL, budget).isEmpty());
        assertEquals(2, endpoint.chatRequests());
        assertEquals(List.of(LlmException.Reason.ENDPOINT_ERROR), listener.failures);
    }

    @Test
    void secondCallForTheSameTextIsServedFromTheCache() {
        endpoint.answer(completion(fixture("classification-answer.json")));
        var classifier = agents(5, 0).classifier();
        classifier.classify(WARD_BILL, budget);
        assertEquals(DocumentType.HOSPITAL_BILL, classifier.classify(WARD_BILL, budget).orElseThrow());
        assertEquals(1, endpoint.chatRequests());
        assertEquals(1, listener.cacheHits.get());
    }

    @Test
    void rateLimiterRefusesCallsBeyondItsBudgetWithoutCallingOut() {
        endpoint.answer(completion(fixture("classification-answer.json")));
        var classifier = agents(endpoint.settings(5, 0), new TokenBucketPermits(1)).classifier();
        assertTrue(classifier.classify(WARD_BILL, budget).isPresent());
        assertTrue(classifier.classify(document("Pharmacy invoice", "Amoxicillin 500  10  120.00"), budget).isEmpty());
        assertEquals(1, endpoint.chatRequests());
        assertEquals(List.of(LlmException.Reason.NO_PERMIT), listener.failures);
    }

    private static final TariffRow ULTRASOUND = new TariffRow("IM-12", "Ultrasound abdomen", Money.of("650"),
            "per test", Category.IMAGING, List.of(), null, null);
    private static final TariffRow CBC = new TariffRow("LAB-3", "Complete blood count", Money.of("150"),
            "per test", Category.INVESTIGATION, List.of(), null, null);

    @Test
    void mapperAsksAboutEveryUnsureLineInOneCallAndRejectsOnlyTheCodeThatWasNotOffered() {
        endpoint.answer(completion("""
                {"mappings":[{"line":1,"code":"IM-12","category":"imaging"},
                             {"line":2,"code":"X999","category":"investigation"},
                             {"line":3,"code":"none","category":"other"}]}"""));
        var questions = List.of(
                new com.billaudit.llm.map.MappingQuestion(1, "USG whole abdomen", List.of(ULTRASOUND)),
                new com.billaudit.llm.map.MappingQuestion(2, "CBC", List.of(CBC)),
                new com.billaudit.llm.map.MappingQuestion(3, "Hb1 AC", List.of(CBC, ULTRASOUND)));
        var mappings = agents(5, 0).mapper().map(questions, budget).orElseThrow();
        assertEquals(1, endpoint.chatRequests(), "three lines, one round trip");
        assertEquals(ULTRASOUND, mappings.get(1).tariffRow());
        assertEquals(Category.IMAGING, mappings.get(1).category());
        assertTrue(!mappings.containsKey(2), "a code outside the line's shortlist is rejected");
        assertTrue(!mappings.get(3).matched());
        assertEquals(1, listener.rejected.get());
        endpoint.server.verify(postRequestedFor(urlEqualTo(CHAT))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("USG whole abdomen"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("Hb1 AC")));
    }

    @Test
    void mapperWithNothingToAskMakesNoCall() {
        assertTrue(agents(5, 0).mapper().map(List.of(), budget).orElseThrow().isEmpty());
        assertEquals(0, endpoint.chatRequests());
    }
}

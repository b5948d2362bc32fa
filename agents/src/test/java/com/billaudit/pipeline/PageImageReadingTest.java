package com.billaudit.pipeline;

import com.billaudit.audit.AuditSettings;
import com.billaudit.domain.AgentRun;
import com.billaudit.domain.AnalysisReport;
import com.billaudit.domain.Category;
import com.billaudit.domain.DocumentInfo;
import com.billaudit.domain.DocumentText;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.PageText;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.Scheme;
import com.billaudit.domain.TariffRow;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import com.billaudit.intake.DocumentReader;
import com.billaudit.llm.InMemoryLlmAnswerCache;
import com.billaudit.llm.LlmAgents;
import com.billaudit.llm.LlmListener;
import com.billaudit.llm.LlmSettings;
import com.billaudit.llm.OutputFormat;
import com.billaudit.llm.Reasoning;
import com.billaudit.llm.TokenBucketPermits;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static com.billaudit.llm.ScriptedOpenAi.CHAT;
import static com.billaudit.llm.ScriptedOpenAi.completion;
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
 * A handwritten cash memo OCR reads badly: the model reads its page image, and only figures that
 * OCR's digits or the memo's own total confirm are trusted.
 */
class PageImageReadingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What OCR made of the handwriting: the total and one amount came through, the rest is noise. */
    private static final List<String> OCR = List.of(
            "SHREE MEDICAL STORES   Ph 98450 12345",
            "Patient Name: Sunita Rao",
            "Pamcetnol 5OO  2  3O.OO  6O.OO",
            "Azthro 5 OO tab 1 l2O.5O",
            "Cough syrp  1  85.00  85.00",
            "Total 265.50");
    private static final Rulebook RULEBOOK = new Rulebook(new Scheme("T", "Test", "INR", new BigDecimal("0.10")), 1,
            List.of(new TariffRow("M1", "Paracetamol 500 mg tablet", new BigDecimal("2.00"), "tablet",
                    Category.MEDICINE, List.of(), null, LocalDate.of(2025, 1, 1))), 0, List.of());

    private final WireMockServer endpoint = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void start() {
        endpoint.start();
        endpoint.stubFor(post(urlEqualTo(CHAT)).willReturn(aResponse().withStatus(500)));
    }

    @AfterEach
    void stop() {
        endpoint.stop();
    }

    @Test
    void rowsThatTheMemosTotalConfirmsAreTrustedAndNoReviewIsNeeded() {
        answerFromTheImage(row("Paracetamol 500", "2", "30.00", "60.00"), row("Azithro 500 tab", "1", "120.50", "120.50"),
                row("Cough syrup", "1", "85.00", "85.00"));

        AnalysisReport report = analyse();

        assertEquals("ok/llm", modeOf(report, "page-images"));
        assertEquals(List.of("60.00", "120.50", "85.00"), amounts(report));
        assertTrue(report.lineItems().stream().noneMatch(LineItem::uncertain), report.lineItems().toString());
        assertFalse(report.review().needed());
        LoggedImage sent = sentImage();
        assertTrue(sent.hasImage(), "the page went out as image content");
        assertFalse(sent.body().contains("98450") || sent.body().contains("Sunita"), "OCR text is redacted");
    }

    @Test
    void plausibleButWrongFiguresAreUncertainAndTheAnalysisNeedsReview() {
        answerFromTheImage(row("Paracetamol 500", "2", "35.00", "70.00"), row("Azithro 500 tab", "1", "125.00", "125.00"),
                row("Cough syrup", "1", "85.00", "85.00"));

        AnalysisReport report = analyse();

        List<LineItem> modelOnly = report.lineItems().stream()
                .filter(l -> l.amount().compareTo(new BigDecimal("70.00")) == 0
                        || l.amount().compareTo(new BigDecimal("125.00")) == 0).toList();
        assertFalse(modelOnly.isEmpty(), report.lineItems().toString());
        assertTrue(modelOnly.stream().allMatch(LineItem::uncertain), "unconfirmed figures are never confident");
        assertTrue(report.review().needed());
    }

    @Test
    void withTheEndpointDownTheRulesReadingStands() {
        AnalysisReport report = analyse();
        assertEquals("degraded/rules", modeOf(report, "page-images"));
        assertTrue(report.review().reasons().stream().anyMatch(r -> r.startsWith("page 1")),
                "the page nobody could read is still for a person: " + report.review());
    }

    @Test
    void aTextOnlyModelIsNeverSentAPageImage() {
        answerFromTheImage(row("Paracetamol 500", "2", "30.00", "60.00"));
        var textOnly = LlmSettings.endpoint(endpoint.baseUrl() + "/v1", null, "gpt-4o-mini", Duration.ofSeconds(3), 0,
                60, OutputFormat.AUTO, Reasoning.AUTO, true, LlmSettings.DEFAULT_CACHE_TTL, false);

        AnalysisReport report = analyse(textOnly);

        assertEquals("absent", modeOf(report, "page-images"));
        assertTrue(endpoint.findAll(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(containing("image_url"))).isEmpty());
    }

    private void answerFromTheImage(ObjectNode... rows) {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode list = page.putArray("rows");
        for (ObjectNode row : rows) {
            list.add(row);
        }
        page.putObject("summary").put("subtotal", "").put("discount", "").put("tax", "").put("total", "265.50");
        endpoint.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("image_url"))
                .willReturn(completion(page.toString())));
    }

    private static ObjectNode row(String description, String quantity, String unitPrice, String amount) {
        return JSON.createObjectNode().put("description", description).put("date", "").put("quantity", quantity)
                .put("unitPrice", unitPrice).put("amount", amount).put("category", "medicine").put("page", 1);
    }

    private AnalysisReport analyse() {
        return analyse(new LlmSettings(endpoint.baseUrl() + "/v1", "key", "scripted", Duration.ofSeconds(3), 0,
                0.0, 1024, 1000));
    }

    private AnalysisReport analyse(LlmSettings settings) {
        LlmAgents llm = LlmAgents.create(settings, new InMemoryLlmAnswerCache(10), new TokenBucketPermits(1000),
                LlmListener.NONE, new BigDecimal("1.00"));
        var pipeline = new AnalysisPipeline(new HandwrittenMemo(), new PipelineSettings(Duration.ofSeconds(10),
                Duration.ofSeconds(10), AuditSettings.defaults()), PipelineListener.NONE, llm);
        DocumentInfo document = new DocumentInfo("memo.jpg", "image/jpeg", 10, "cd".repeat(32), 1, TextSource.OCR, 0.45);
        return pipeline.run(new AnalysisJob(new byte[10], "image/jpeg", document, RULEBOOK, null));
    }

    private static List<String> amounts(AnalysisReport report) {
        return report.lineItems().stream().map(l -> l.amount().toPlainString()).toList();
    }

    private static String modeOf(AnalysisReport report, String agent) {
        return report.agents().stream().filter(a -> a.name().equals(agent))
                .map(a -> a.status().code() + "/" + a.mode().code()).findFirst().orElse("absent");
    }

    private LoggedImage sentImage() {
        String body = endpoint.findAll(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(containing("image_url")))
                .getFirst().getBodyAsString();
        return new LoggedImage(body);
    }

    private record LoggedImage(String body) {
        boolean hasImage() {
            return body.contains("data:image/png;base64,");
        }
    }


    /** A photographed handwritten memo: OCR's poor reading, and the page's image. */
    private static final class HandwrittenMemo implements DocumentReader {
        @Override
        public String sniff(byte[] content) {
            return "image/jpeg";
        }

        @Override
        public DocumentText read(byte[] content, String mediaType, Duration budget) {
            List<TextLine> lines = OCR.stream().map(l -> new TextLine(l, 0.45)).toList();
            return new DocumentText(List.of(new PageText(1, lines, TextSource.OCR, 0.45)));
        }

        @Override
        public Optional<BufferedImage> pageImage(byte[] content, String mediaType, int pageNumber) {
            return Optional.of(new BufferedImage(2000, 2800, BufferedImage.TYPE_INT_RGB));
        }
    }
}

package com.billaudit.pipeline;

import com.billaudit.audit.AuditSettings;
import com.billaudit.domain.AgentRun;
import com.billaudit.domain.AnalysisReport;
import com.billaudit.domain.Category;
import com.billaudit.domain.DocumentInfo;
import com.billaudit.domain.DocumentText;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.PageText;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.Scheme;
import com.billaudit.domain.TariffRow;
import com.billaudit.domain.TextLine;
import com.billaudit.domain.TextSource;
import com.billaudit.intake.DocumentReader;
import com.billaudit.intake.ScriptedReader;
import com.billaudit.llm.InMemoryLlmAnswerCache;
import com.billaudit.llm.LlmAgents;
import com.billaudit.llm.LlmListener;
import com.billaudit.llm.LlmSettings;
import com.billaudit.llm.TokenBucketPermits;
import com.billaudit.testing.ScannedPages;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The orchestrator: which agents run, in which mode, and how it degrades. */
class AnalysisPipelineTest {
    private static final String BILL = """
            CITY CARE HOSPITAL
            Description                         Qty      Rate      Amount
            Chest skiagram postero-anterior       1    400.00      400.00
            Consultation - General Physician      1    350.00      350.00
                                               Total               750.00
            """;
    /** A chemist's handwritten cash memo as the OCR engine reads it: each line with its confidence. */
    private static final String HANDWRITTEN_MEMO = """
            0.91|              SHREE GANESH MEDICAL STORES
            0.93|                       CASH BILL
            0.94|  Qty.   Name of the Drug      Mfrs. Name   Batch No.   Exp.    Amount Rs.  Ps.
            0.31|  l0)   Azrthvo  S0o            Cifln       A23K1      o8/z6    l4S
            0.27|  (S    Panl0p  -4o DSR         Alkm        PS4T'     l1)z7     {9o
            0.22|  z)    Mcntaiv  ~LC            Sin         ee 2      o3/       |6O
            0.35|                                         Total     4SS
            0.89|  Goods once sold will not be taken back.  E. & O.E.
            """;
    private static final Rulebook RULEBOOK = new Rulebook(new Scheme("T", "Test", "INR", new BigDecimal("0.10")), 1,
            List.of(row("X001", "X-Ray Chest PA View", "250.00", Category.IMAGING),
                    row("C001", "Consultation - General Physician", "350.00", Category.CONSULTATION)),
            0, List.of());
    private static final PipelineSettings SETTINGS =
            new PipelineSettings(Duration.ofSeconds(10), Duration.ofSeconds(10), AuditSettings.defaults());

    private final WireMockServer endpoint = new WireMockServer(options().dynamicPort());

    @AfterEach
    void stop() {
        endpoint.stop();
    }

    @Test
    void inRulesModeEveryAgentRunsOnRulesAndAWeakMatchIsOnlyUnmatched() {
        AnalysisReport report = new AnalysisPipeline(reader(), SETTINGS, PipelineListener.NONE).run(job());

        assertTrue(report.agents().stream().allMatch(a -> a.mode() == AgentRun.Mode.RULES), report.agents().toString());
        assertTrue(report.agents().stream().allMatch(a -> a.status() == AgentRun.Status.OK), report.agents().toString());
        assertNull(report.lineItems().getFirst().match());
        assertEquals(List.of(FindingType.UNMATCHED), types(report));
    }

    @Test
    void theLlmMapperMayPickAShortlistedRowAndTheRulesThenJudgeItsRate() {
        endpoint.start();
        script("Document text:", 200, answer("{\"documentType\":\"hospital_bill\",\"reason\":\"charges\"}"));
        script("Bill lines", 200, answer("{\"mappings\":[{\"line\":1,\"code\":\"X001\",\"category\":\"imaging\"}]}"));
        script("Page 1 of the document", 500, "{\"error\":\"down\"}");
        script("Audit result:", 500, "{\"error\":\"down\"}");

        AnalysisReport report = new AnalysisPipeline(reader(), SETTINGS, PipelineListener.NONE, llm()).run(job());

        Map<String, String> agents = report.agents().stream()
                .collect(Collectors.toMap(AgentRun::name, a -> a.status().code() + "/" + a.mode().code()));
        assertEquals("ok/rules", agents.get("classification"), "the rules see a bill: no model is asked");
        assertEquals("ok/llm", agents.get("rate-audit"));
        assertEquals("degraded/rules", agents.get("extraction"), "the rules' rows stand when the LLM fails");
        assertEquals("degraded/rules", agents.get("explanation"));
        assertEquals("X001", report.lineItems().getFirst().match().code());
        assertEquals(List.of(FindingType.OVERCHARGE), types(report));
        assertEquals(new BigDecimal("150.00"), report.findings().getFirst().amount());
    }

    @Test
    void everyUnsureLineIsMappedInOneRoundTripAndTheRulesStillApplyTheRate() {
        endpoint.start();
        script("Bill lines", 200, answer("{\"mappings\":[{\"line\":1,\"code\":\"X001\",\"category\":\"imaging\"},"
                + "{\"line\":3,\"code\":\"U001\",\"category\":\"imaging\"}]}"));
        script("Page 1 of the document", 500, "{\"error\":\"down\"}");
        script("Audit result:", 500, "{\"error\":\"down\"}");
        String bill = """
                CITY CARE HOSPITAL
                Description                         Qty      Rate      Amount
                Chest skiagram postero-anterior       1    400.00      400.00
                Sonography of abdomen                  1    900.00      900.00
                Glycated haemoglobin test              1    500.00      500.00
                                                   Total              1800.00
                """;
        Rulebook rulebook = new Rulebook(RULEBOOK.scheme(), 1, List.of(
                row("X001", "X-Ray Chest PA View", "250.00", Category.IMAGING),
                row("U001", "Ultrasound abdomen", "650.00", Category.IMAGING),
                row("L001", "HbA1c glycosylated haemoglobin", "300.00", Category.INVESTIGATION)), 0, List.of());

        AnalysisReport report = new AnalysisPipeline(reader(bill, TextSource.TEXT), SETTINGS, PipelineListener.NONE, llm())
                .run(new AnalysisJob(bill.getBytes(), "text/plain", job().document(), rulebook, null));

        assertEquals(1, endpoint.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("Bill lines"))).size(), "three unsure lines, one call");
        assertEquals("X001", report.lineItems().getFirst().match().code());
        assertEquals(new BigDecimal("250.00"), report.lineItems().getFirst().match().rate(), "the rate is the tariff's");
        assertNull(report.lineItems().get(2).match(), "a code outside the line's shortlist is refused");
    }

    @Test
    void theExplanationAskedWhileThePagesAreReadIsUsedWhenTheModelChangedNothingAndAskedAgainWhenItDid() {
        endpoint.start();
        script("Page 1 of the document", 500, "{\"error\":\"down\"}");
        script("Audit result:", 200, answer("{\"explanation\":\"Scripted.\",\"recommendations\":[],\"disputeLetter\":\"\"}"));
        script("Bill lines", 200, answer("{\"mappings\":[{\"line\":1,\"code\":\"none\",\"category\":\"imaging\"}]}"));

        AnalysisReport unchanged = new AnalysisPipeline(reader(), SETTINGS, PipelineListener.NONE, llm()).run(job());
        assertEquals("Scripted.", unchanged.explanation());
        assertEquals(1, explanationCalls(), "the explanation asked in advance explains the final audit");

        endpoint.resetRequests();
        script("Bill lines", 200, answer("{\"mappings\":[{\"line\":1,\"code\":\"X001\",\"category\":\"imaging\"}]}"));
        AnalysisReport mapped = new AnalysisPipeline(reader(), SETTINGS, PipelineListener.NONE, llm()).run(job());
        assertEquals(List.of(FindingType.OVERCHARGE), types(mapped));
        assertEquals(2, explanationCalls(), "the mapping changed the findings: they are explained anew");
        assertTrue(endpoint.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("Audit result:")).withRequestBody(containing("OVERCHARGE"))).size() == 1);
    }

    private int explanationCalls() {
        return endpoint.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("Audit result:"))).size();
    }

    @Test
    void aModelsNotABillAloneNeverSkipsTheAudit() {
        endpoint.start();
        script("Document text:", 200, answer("{\"documentType\":\"not_a_bill\",\"reason\":\"looks like a letter\"}"));
        script("Page 1 of the document", 500, "{\"error\":\"down\"}");
        script("Bill lines", 500, "{\"error\":\"down\"}");
        script("Audit result:", 500, "{\"error\":\"down\"}");

        AnalysisReport report = new AnalysisPipeline(reader(), SETTINGS, PipelineListener.NONE, llm()).run(job());

        assertEquals(DocumentType.HOSPITAL_BILL, report.documentType());
        assertEquals(2, report.lineItems().size());
        assertTrue(report.verdict() != null);
    }

    @Test
    void aModelMaySaveADocumentTheRulesWouldSkipButNotSkipOneAlone() {
        endpoint.start();
        String letter = """
                DISCHARGE SUMMARY
                Patient was admitted with fever and discharged in stable condition.
                Advice: rest, fluids, review after one week.
                """;
        script("Document text:", 200, answer("{\"documentType\":\"not_a_bill\",\"reason\":\"a summary\"}"));
        AnalysisReport agreed = new AnalysisPipeline(reader(letter, TextSource.TEXT), SETTINGS, PipelineListener.NONE, llm())
                .run(job());
        assertEquals(DocumentType.NOT_A_BILL, agreed.documentType(), "rules and model agree: skipped");

        endpoint.resetAll();
        script("Document text:", 200, answer("{\"documentType\":\"hospital_bill\",\"reason\":\"charges\"}"));
        script("Page 1 of the document", 500, "{\"error\":\"down\"}");
        script("Audit result:", 500, "{\"error\":\"down\"}");
        AnalysisReport saved = new AnalysisPipeline(reader(letter, TextSource.TEXT), SETTINGS, PipelineListener.NONE, llm())
                .run(job());
        assertEquals(DocumentType.HOSPITAL_BILL, saved.documentType(), "the model sees a bill: audited");
        assertTrue(saved.verdict() != null);
    }

    @Test
    void aScannedLinesOcrSlipIsMendedToItsMatchedRowsSpellingButATextLayerIsKeptAsPrinted() {
        String slipped = BILL.replace("General", "Genera1");
        AnalysisReport scanned = new AnalysisPipeline(reader(slipped, TextSource.OCR), SETTINGS, PipelineListener.NONE).run(job());
        AnalysisReport printed = new AnalysisPipeline(reader(slipped, TextSource.TEXT), SETTINGS, PipelineListener.NONE).run(job());

        assertEquals("C001", scanned.lineItems().get(1).match().code());
        assertEquals("Consultation - General Physician", scanned.lineItems().get(1).description());
        assertTrue(scanned.lineItems().get(1).confidence() < 0.9);
        assertEquals("Consultation - Genera1 Physician", printed.lineItems().get(1).description());
    }

    @Test
    void aScannedBillsTotalThatDisagreesAsksForAPersonAndRecoversNothing() {
        String below = BILL.replace("Total               750.00", "Total               700.00");

        AnalysisReport report = new AnalysisPipeline(reader(below, TextSource.OCR), SETTINGS, PipelineListener.NONE)
                .run(job());

        assertEquals(1, report.bills().size());
        assertEquals(new BigDecimal("750.00"), report.bills().getFirst().lineItems());
        assertEquals(new BigDecimal("700.00"), report.bills().getFirst().statedTotal());
        assertEquals("INR", report.currency(), "the scheme's, as the text names none");
        assertTrue(report.review().needed(), report.review().toString());
        assertTrue(report.confidence() <= 0.5, "a report that needs a person says so: " + report.confidence());
        assertTrue(report.explanation().contains("### Check the reading"), report.explanation());
        assertEquals(BigDecimal.ZERO.setScale(2), report.totals().recoverable(), "a total below the lines recovers nothing");
    }

    @Test
    void theObserverOfARunHearsEveryAgentStart() {
        List<String> started = new java.util.concurrent.CopyOnWriteArrayList<>();
        PipelineListener observer = new PipelineListener() {
            @Override
            public void agentStarted(String agent) {
                started.add(agent);
            }
        };

        new AnalysisPipeline(reader(), SETTINGS, PipelineListener.NONE).run(job(), observer);

        assertEquals(List.of("intake", "classification", "extraction"), started.subList(0, 3));
        assertEquals(List.of(ProgressStage.INTAKE, ProgressStage.EXTRACTION, ProgressStage.AUDIT,
                ProgressStage.EXPLANATION), started.stream().map(ProgressStage::ofAgent).distinct().toList());
    }

    @Test
    void theReportSaysHowTheFiguresWereReadAndWhichPagesAPersonShouldCheck() {
        AnalysisReport printed = new AnalysisPipeline(reader(), SETTINGS, PipelineListener.NONE).run(job());
        assertEquals(List.of("INR", "en-IN", false), List.of(printed.currency(), printed.locale(), printed.review().needed()));

        DocumentText memo = ScannedPages.scanAt(0.55, HANDWRITTEN_MEMO);
        AnalysisReport handwritten = new AnalysisPipeline(ScriptedReader.returning(memo), SETTINGS, PipelineListener.NONE).run(job());
        assertEquals(DocumentType.PHARMACY_INVOICE, handwritten.documentType());
        assertEquals(List.of("page 1 looks handwritten: its figures could not be read with confidence"),
                handwritten.review().reasons());
    }

    @Test
    void aDollarStatementIsReadInDollarsUnderARupeeScheme() {
        String statement = """
                NORTHSIDE FAMILY PRACTICE          Statement
                Office visit, established patient      $145.00
                Rapid strep test                        $28.00
                Total Charges                          $173.00
                Patient Responsibility                 $113.00
                """;
        AnalysisReport report = new AnalysisPipeline(reader(statement, TextSource.TEXT), SETTINGS, PipelineListener.NONE).run(job());
        assertEquals(List.of("USD", "en-US"), List.of(report.currency(), report.locale()));
    }

    @Test
    void aDocumentThatCannotBeReadEndsTheAnalysis() {
        DocumentReader broken = ScriptedReader.reading(budget -> {
            throw new IllegalStateException("unreadable");
        });
        assertThrows(IllegalStateException.class,
                () -> new AnalysisPipeline(broken, SETTINGS, PipelineListener.NONE).run(job()));
    }

    @Test
    void intakeThatOverrunsItsBudgetIsCancelledAndEndsTheAnalysisWithoutBeingWaitedFor() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        DocumentReader stuck = ScriptedReader.reading(budget -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait(); // a reader that ignores its budget
            }
            interrupted.countDown();
            throw new IllegalStateException("cancelled");
        });
        PipelineSettings quick = new PipelineSettings(Duration.ofMillis(400), Duration.ofSeconds(10), AuditSettings.defaults());
        long start = System.nanoTime();

        AgentTimeoutException timeout = assertThrows(AgentTimeoutException.class,
                () -> new AnalysisPipeline(stuck, quick, PipelineListener.NONE).run(job()));

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals("intake_timeout", timeout.code());
        assertTrue(took.compareTo(Duration.ofMillis(500 + 2000)) < 0, "budget 400 ms + grace 100 ms, returned after " + took);
        assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the reader's thread was interrupted");
    }

    @Test
    void anErrorWhileReadingEndsTheAnalysisAsThatError() {
        DocumentReader overflowing = ScriptedReader.reading(budget -> {
            throw new StackOverflowError("a page tree too deep");
        });
        assertThrows(StackOverflowError.class,
                () -> new AnalysisPipeline(overflowing, SETTINGS, PipelineListener.NONE).run(job()));
    }

    @Test
    void extractionPastItsBudgetEndsTheAnalysisWithExtractionTimeout() {
        String huge = BILL + "Consultation - General Physician      1    350.00      350.00\n".repeat(4_900); // under the line caps, over the budget
        PipelineSettings tight = new PipelineSettings(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofMillis(50),
                Duration.ofSeconds(1), AuditSettings.defaults());

        AgentTimeoutException timeout = assertThrows(AgentTimeoutException.class,
                () -> new AnalysisPipeline(reader(huge, TextSource.TEXT), tight, PipelineListener.NONE).run(job()));
        assertEquals("extraction_timeout", timeout.code());
    }

    private static List<FindingType> types(AnalysisReport report) {
        return report.findings().stream().map(f -> f.type()).toList();
    }

    private LlmAgents llm() {
        LlmSettings settings = new LlmSettings(endpoint.baseUrl() + "/v1", "key", "scripted", Duration.ofSeconds(3), 0,
                0.0, 1024, 1000);
        return LlmAgents.create(settings, new InMemoryLlmAnswerCache(100), new TokenBucketPermits(1000), LlmListener.NONE,
                new BigDecimal("1.00"));
    }

    private void script(String marker, int status, String body) {
        endpoint.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing(marker))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static String answer(String content) {
        String escaped = content.replace("\\", "\\\\").replace("\"", "\\\"");
        return "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"scripted\",\"choices\":[{\"index\":0,"
                + "\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\",\"content\":\"" + escaped + "\"}}],"
                + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15}}";
    }

    private static DocumentReader reader() {
        return reader(BILL, TextSource.TEXT);
    }

    private static DocumentReader reader(String bill, TextSource source) {
        double confidence = source == TextSource.OCR ? 0.9 : 1.0;
        List<TextLine> lines = bill.lines().map(l -> new TextLine(l, confidence)).toList();
        return ScriptedReader.returning(new DocumentText(List.of(new PageText(1, lines, source, source == TextSource.OCR ? confidence : null))));
    }

    private static AnalysisJob job() {
        DocumentInfo document = new DocumentInfo("bill.txt", "text/plain", BILL.length(), "0".repeat(64), 1,
                TextSource.TEXT, null);
        return new AnalysisJob(BILL.getBytes(), "text/plain", document, RULEBOOK, null);
    }

    private static TariffRow row(String code, String name, String rate, Category category) {
        return new TariffRow(code, name, new BigDecimal(rate), "each", category, List.of(), null,
                LocalDate.of(2025, 1, 1));
    }
}

package com.billaudit.llm;

import com.billaudit.domain.AgentRun;
import com.billaudit.domain.AnalysisReport;
import com.billaudit.domain.Category;
import com.billaudit.domain.DocumentInfo;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.Severity;
import com.billaudit.domain.TariffMatch;
import com.billaudit.domain.TextSource;
import com.billaudit.domain.Totals;
import com.billaudit.domain.Verdict;
import com.billaudit.llm.ask.LlmQuestionAnswerer;
import com.billaudit.llm.ask.QuestionAi;
import com.billaudit.question.Answer;
import com.billaudit.question.Citation;
import com.billaudit.question.QuestionAnswerer;
import dev.langchain4j.service.AiServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.billaudit.llm.ScriptedOpenAi.completion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Questions about an analysis: the rules' answers and a model's, each resting on real lines and findings. */
class QuestionAnswererTest {
    private static final List<LineItem> LINES = List.of(
            line(1, "General Ward Bed Charges", "1000.00", Category.ROOM, null),
            line(2, "X-Ray Chest PA View", "400.00", Category.IMAGING,
                    new TariffMatch("CGHS", "X001", "X-Ray Chest PA", Money.of("250.00"), "per test", 0.93)),
            line(3, "Registration Charges", "200.00", Category.OTHER, null));
    private static final List<Finding> FINDINGS = List.of(
            new Finding(FindingType.OVERCHARGE, Severity.WARNING, List.of(2), Money.of("150.00"),
                    "Billed 400.00 against the reference rate 250.00.", "rate.overcharge", 0.9, Map.of()),
            new Finding(FindingType.NON_PAYABLE, Severity.WARNING, List.of(3), Money.of("200.00"),
                    "Registration charges are not payable under the scheme.", "list.non-payable", 0.9, Map.of()));
    private static final AnalysisReport REPORT = new AnalysisReport(
            new DocumentInfo("bill.txt", "text/plain", 100, "ab".repeat(32), 1, TextSource.TEXT, null),
            DocumentType.HOSPITAL_BILL, Verdict.CRITICAL, 0.9,
            new Totals(Money.of("1600.00"), Money.ZERO, Money.ZERO, Money.of("1600.00"), Money.of("350.00"),
                    Money.of("21.88")), LINES, FINDINGS, "", List.of(), List.of());

    private final ScriptedOpenAi endpoint = new ScriptedOpenAi();

    @AfterEach
    void stop() {
        endpoint.close();
    }

    private static LineItem line(int index, String description, String amount, Category category, TariffMatch match) {
        return new LineItem(index, description, null, BigDecimal.ONE, Money.of(amount), Money.of(amount), category, 1,
                1.0, match);
    }

    private final QuestionAnswerer rules = QuestionAnswerer.rulesOnly();

    @Test
    void whyALineIsFlaggedCitesTheLineAndItsFinding() {
        Answer answer = rules.answer("Why is line 2 flagged?", REPORT);
        assertEquals(List.of(Citation.line(2), Citation.finding(1)), answer.citations());
        assertTrue(answer.text().contains("250.00") && answer.text().contains("150.00"), answer.text());
        assertEquals(AgentRun.Mode.RULES, answer.mode());
    }

    @Test
    void whatCanBeRecoveredCitesEveryFindingWithMoney() {
        Answer answer = rules.answer("What can I recover?", REPORT);
        assertEquals(List.of(Citation.finding(1), Citation.finding(2)), answer.citations());
        assertTrue(answer.text().contains("350.00"), answer.text());
    }

    @Test
    void whatIsNotPayableCitesTheNonPayableFindingAndItsLine() {
        Answer answer = rules.answer("Which charges are not payable?", REPORT);
        assertEquals(List.of(Citation.finding(2), Citation.line(3)), answer.citations());
    }

    @Test
    void whatIsAChargeNamedByItsWordsDescribesThatLine() {
        Answer answer = rules.answer("What is the registration charge?", REPORT);
        assertEquals(Citation.line(3), answer.citations().getFirst());
        assertTrue(answer.text().startsWith("Line 3 is \"Registration Charges\""), answer.text());
    }

    private QuestionAnswerer withModel() {
        var settings = endpoint.settings(5, 0);
        var gateway = new LlmGateway(settings, new InMemoryLlmAnswerCache(10), new TokenBucketPermits(100),
                new RecordingListener(), Duration.ofMillis(10));
        var ai = AiServices.create(QuestionAi.class, ChatModels.openAi(settings));
        return new QuestionAnswerer(new LlmQuestionAnswerer(ai, gateway, Redactor.fromLexicon()), Duration.ofSeconds(5));
    }

    @Test
    void aModelsAnswerWithTheAnalysisFiguresIsKeptWithItsCitations() {
        endpoint.answer(completion("{\"answer\":\"The X-ray on line 2 cost 400.00 but the scheme pays 250.00, so "
                + "150.00 can be claimed back.\",\"lineItems\":[2],\"findings\":[1]}"));
        Answer answer = withModel().answer("Is my X-ray too expensive?", REPORT);
        assertEquals(AgentRun.Mode.LLM, answer.mode());
        assertEquals(List.of(Citation.line(2), Citation.finding(1)), answer.citations());
    }

    @Test
    void aModelsAnswerWithAnInventedNumberIsRefusedAndTheRulesAnswer() {
        endpoint.answer(completion("{\"answer\":\"You can claim 475.00 back.\",\"lineItems\":[2],\"findings\":[1]}"));
        Answer answer = withModel().answer("What can I recover?", REPORT);
        assertEquals(AgentRun.Mode.RULES, answer.mode());
        assertTrue(answer.text().contains("350.00") && !answer.text().contains("475"), answer.text());
    }

    @Test
    void aModelCitingALineTheBillDoesNotHaveIsRefused() {
        endpoint.answer(completion("{\"answer\":\"Line 2 is the costly one.\",\"lineItems\":[9],\"findings\":[]}"));
        assertEquals(AgentRun.Mode.RULES, withModel().answer("Which line costs most?", REPORT).mode());
    }
}

package com.billaudit.llm.explain;

import com.billaudit.domain.Bill;
import com.billaudit.domain.DocumentType;
import com.billaudit.domain.Finding;
import com.billaudit.domain.FindingType;
import com.billaudit.domain.Money;
import com.billaudit.domain.Severity;
import com.billaudit.domain.StatedTotals;
import com.billaudit.domain.Totals;
import com.billaudit.domain.Verdict;
import com.billaudit.llm.Deadline;
import com.billaudit.llm.InMemoryLlmAnswerCache;
import com.billaudit.llm.LlmCall;
import com.billaudit.llm.LlmGateway;
import com.billaudit.llm.LlmListener;
import com.billaudit.llm.LlmSettings;
import com.billaudit.llm.TokenBucketPermits;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.Result;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explainer's validation, with the AiService answered in-process (the HTTP path is tested elsewhere). */
class LlmExplainerTest {

    private static final AuditFacts FACTS = new AuditFacts(
            new Bill(DocumentType.HOSPITAL_BILL, null, List.of(), StatedTotals.NONE),
            List.of(new Finding(FindingType.OVERCHARGE, Severity.WARNING, List.of(2), Money.of("1250"),
                    "Unit price above the reference rate", "rate.overcharge", 0.9, Map.of())),
            new Totals(Money.of("10000"), Money.ZERO, Money.ZERO, null, Money.of("1250"), Money.of("12.50")),
            Verdict.CRITICAL);

    private static LlmExplainer answering(ExplanationAnswer answer) {
        var settings = new LlmSettings("http://unused/v1", "k", "m", Duration.ofSeconds(5), 0, 0, 512, 10);
        var gateway = new LlmGateway(settings, new InMemoryLlmAnswerCache(10), new TokenBucketPermits(10),
                LlmListener.NONE, Duration.ofMillis(1));
        return new LlmExplainer(facts -> new Result<>(answer, new TokenUsage(1, 1), List.of(), null, List.of()),
                gateway, com.billaudit.llm.Redactor.OFF);
    }

    @Test
    void keepsAnAnswerThatQuotesOnlyTheAuditsFigures() {
        var answer = new ExplanationAnswer("# Overcharge\n- Line 2 is ₹1,250.00 above the rate (12.50 %).",
                List.of("Ask for an itemised review of line 2."), "Dear Sir, please refund Rs. 1,250.");
        var explanation = answering(answer).explain(FACTS, Deadline.after(Duration.ofSeconds(5))).orElseThrow();
        assertEquals(answer.explanation(), explanation.markdown());
    }

    @Test
    void rejectsAnAnswerThatInventsAnAmount() {
        var answer = new ExplanationAnswer("# Overcharge\n- You can recover ₹2,500.00.", List.of(), "");
        assertTrue(answering(answer).explain(FACTS, Deadline.after(Duration.ofSeconds(5))).isEmpty());
    }
}

package com.billaudit.question;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.llm.Deadline;
import com.billaudit.llm.ask.LlmQuestionAnswerer;

import java.time.Duration;

/**
 * Answers a question about an analysis: with the model when one is configured and its answer
 * holds up (every number and citation found in the analysis), else with the rules.
 */
public final class QuestionAnswerer {
    private final RulesAnswerer rules = new RulesAnswerer();
    private final LlmQuestionAnswerer llm;
    private final Duration budget;

    /**
     * @param llm    the model's answerer, or null for rules only
     * @param budget the longest a model may take before the rules answer instead
     */
    public QuestionAnswerer(LlmQuestionAnswerer llm, Duration budget) {
        this.llm = llm;
        this.budget = budget;
    }

    public static QuestionAnswerer rulesOnly() {
        return new QuestionAnswerer(null, Duration.ZERO);
    }

    public Answer answer(String question, AnalysisReport report) {
        if (llm != null) {
            var answered = llm.answer(question, report, Deadline.after(budget, report.document().sha256()));
            if (answered.isPresent()) {
                return answered.get();
            }
        }
        return rules.answer(question, report);
    }
}

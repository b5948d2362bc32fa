package com.billaudit.llm.ask;

import com.billaudit.domain.AgentRun;
import com.billaudit.domain.AnalysisReport;
import com.billaudit.llm.Deadline;
import com.billaudit.llm.LlmCall;
import com.billaudit.llm.LlmException;
import com.billaudit.llm.LlmGateway;
import com.billaudit.llm.Redactor;
import com.billaudit.question.Answer;
import com.billaudit.question.Citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers a free question about an analysis with the model, from the analysis alone. An answer
 * stating a number the analysis does not, or citing a line or finding it does not have, is
 * refused; empty means "answer with the rules".
 */
public final class LlmQuestionAnswerer {

    public static final String AGENT = "questions";
    private static final int MAX_QUESTION = 2000;

    private final QuestionAi ai;
    private final LlmGateway gateway;
    private final Redactor redactor;

    public LlmQuestionAnswerer(QuestionAi ai, LlmGateway gateway, Redactor redactor) {
        this.ai = ai;
        this.gateway = gateway;
        this.redactor = redactor;
    }

    public Optional<Answer> answer(String question, AnalysisReport report, Deadline deadline) {
        String analysis = redactor.redact(AnalysisFacts.render(report));
        String asked = redactor.redact(question.length() <= MAX_QUESTION ? question : question.substring(0, MAX_QUESTION));
        var call = new LlmCall<>(AGENT, QuestionAi.PROMPT_VERSION, analysis + "\n" + asked, QuestionAnswer.class,
                () -> ai.answer(analysis, asked));
        return gateway.ask(call, deadline, answer -> validated(answer, report, new NumberGuard(analysis)));
    }

    private Answer validated(QuestionAnswer answer, AnalysisReport report, NumberGuard guard) {
        if (answer.answer() == null || answer.answer().isBlank()) {
            throw refused("an empty answer");
        }
        guard.invented(answer.answer()).ifPresent(number -> {
            throw refused("the number " + number + ", which the analysis does not state");
        });
        List<Citation> citations = new ArrayList<>();
        for (int line : orEmpty(answer.lineItems())) {
            if (report.lineItems().stream().noneMatch(l -> l.index() == line)) {
                throw refused("line " + line + ", which the analysis does not have");
            }
            citations.add(Citation.line(line));
        }
        for (int finding : orEmpty(answer.findings())) {
            if (finding < 1 || finding > report.findings().size()) {
                throw refused("finding " + finding + ", which the analysis does not have");
            }
            citations.add(Citation.finding(finding));
        }
        return new Answer(answer.answer().strip(), citations, AgentRun.Mode.LLM);
    }

    private static List<Integer> orEmpty(List<Integer> numbers) {
        return numbers == null ? List.of() : numbers.stream().filter(java.util.Objects::nonNull).toList();
    }

    private LlmException refused(String what) {
        return gateway.ungrounded(AGENT, what);
    }
}

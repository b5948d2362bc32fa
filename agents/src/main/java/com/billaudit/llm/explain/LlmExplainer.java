package com.billaudit.llm.explain;

import com.billaudit.llm.Deadline;
import com.billaudit.llm.LlmCall;
import com.billaudit.llm.LlmException;
import com.billaudit.llm.LlmGateway;
import com.billaudit.llm.Redactor;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes the explanation, recommendations and dispute letter with the LLM. An answer stating
 * a figure the audit did not produce is rejected; empty means "use the templated explanation".
 */
public final class LlmExplainer {

    public static final String AGENT = "explainer";

    private final ExplainerAi ai;
    private final LlmGateway gateway;
    private final Redactor redactor;

    public LlmExplainer(ExplainerAi ai, LlmGateway gateway, Redactor redactor) {
        this.ai = ai;
        this.gateway = gateway;
        this.redactor = redactor;
    }

    public Optional<Explanation> explain(AuditFacts facts, Deadline deadline) {
        String input = redactor.redact(facts.render());
        var call = new LlmCall<>(AGENT, ExplainerAi.PROMPT_VERSION, input, ExplanationAnswer.class,
                () -> ai.explain(input));
        return gateway.ask(call, deadline, answer -> validated(answer, new AmountGuard(input)));
    }

    private Explanation validated(ExplanationAnswer answer, AmountGuard guard) {
        if (answer.explanation() == null || answer.explanation().isBlank()) {
            throw new LlmException(LlmException.Reason.INVALID_ANSWER, AGENT + ": empty explanation");
        }
        List<String> recommendations = answer.recommendations() == null ? List.of() : answer.recommendations();
        Stream.concat(Stream.of(answer.explanation(), answer.disputeLetter()), recommendations.stream())
                .map(guard::inventedFigure)
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(this::reject);
        String letter = answer.disputeLetter() == null ? "" : answer.disputeLetter();
        return new Explanation(answer.explanation(), recommendations, letter);
    }

    private void reject(String figure) {
        throw gateway.ungrounded(AGENT, figure + ", not in the audit");
    }
}

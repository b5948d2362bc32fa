package com.billaudit.pipeline;

import com.billaudit.llm.Deadline;
import com.billaudit.llm.explain.AuditFacts;
import com.billaudit.llm.explain.Explanation;
import com.billaudit.llm.explain.LlmExplainer;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The model's explanation of the audit the rules' reading gives, asked while the model still reads
 * the pages. When the final audit states the same facts (the model's reading and mapping changed
 * nothing), it is the explanation, and explaining adds no round trip; otherwise it is dropped and
 * the final facts are explained anew.
 */
final class ExplanationInAdvance {
    private final String facts;
    private final Future<Optional<Explanation>> answer;
    private final Deadline deadline;

    private ExplanationInAdvance(String facts, Future<Optional<Explanation>> answer, Deadline deadline) {
        this.facts = facts;
        this.answer = answer;
        this.deadline = deadline;
    }

    static ExplanationInAdvance ask(ExecutorService executor, LlmExplainer explainer, AuditFacts facts,
                                    Deadline deadline) {
        return new ExplanationInAdvance(facts.render(), executor.submit(() -> explainer.explain(facts, deadline)),
                deadline);
    }

    /** Whether this explains {@code finalFacts}; when not, its call is abandoned. */
    boolean explains(AuditFacts finalFacts) {
        boolean same = facts.equals(finalFacts.render());
        if (!same) {
            answer.cancel(true);
        }
        return same;
    }

    /** The model's explanation; empty when it gave none in time. */
    Optional<Explanation> await() {
        return AskedInAdvance.await(answer, deadline, "explanation");
    }
}

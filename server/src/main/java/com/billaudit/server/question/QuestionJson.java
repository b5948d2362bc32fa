package com.billaudit.server.question;

import com.billaudit.persistence.analysis.StoredQuestion;
import com.billaudit.questions.Citation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code {id, question, answer, citations: [{lineItem} | {finding}], mode, createdAt}}. */
public record QuestionJson(UUID id, String question, String answer, List<Map<String, Integer>> citations, String mode,
                           Instant createdAt) {
    static QuestionJson of(StoredQuestion stored) {
        return new QuestionJson(stored.id(), stored.question(), stored.answer(),
                stored.citations().stream().map(QuestionJson::citation).toList(), stored.mode(), stored.createdAt());
    }

    private static Map<String, Integer> citation(Citation citation) {
        return citation.lineItem() != null ? Map.of("lineItem", citation.lineItem()) : Map.of("finding", citation.finding());
    }
}

package com.billaudit.server.analysis;

import com.billaudit.persistence.question.StoredQuestion;
import com.billaudit.question.Citation;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code {"id","question","answer","citations":[{"lineItem":4}|{"finding":2}],"mode","createdAt"}}. */
public record QuestionJson(UUID id, String question, String answer, List<CitationJson> citations, String mode,
                           Instant createdAt) {

    static QuestionJson of(StoredQuestion stored) {
        return new QuestionJson(stored.id(), stored.question(), stored.answer().text(),
                stored.answer().citations().stream().map(CitationJson::of).toList(), stored.answer().mode().code(),
                stored.createdAt());
    }

    /** One of the two is present. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CitationJson(Integer lineItem, Integer finding) {
        static CitationJson of(Citation c) {
            return new CitationJson(c.lineItem(), c.finding());
        }
    }
}

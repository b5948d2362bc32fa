package com.billaudit.persistence.analysis;

import com.billaudit.questions.Citation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A question asked about an analysis, with the answer given and what it cited. */
public record StoredQuestion(UUID id, String question, String answer, List<Citation> citations, String mode,
                             Instant createdAt) {
    public StoredQuestion {
        citations = List.copyOf(citations);
    }
}

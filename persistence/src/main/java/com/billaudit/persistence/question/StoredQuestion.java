package com.billaudit.persistence.question;

import com.billaudit.question.Answer;

import java.time.Instant;
import java.util.UUID;

/** A question asked about an analysis, with the answer it got. */
public record StoredQuestion(UUID id, UUID analysisId, String question, Answer answer, Instant createdAt) {
}

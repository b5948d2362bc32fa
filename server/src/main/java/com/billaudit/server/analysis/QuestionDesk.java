package com.billaudit.server.analysis;

import com.billaudit.llm.LlmAnswerCache;
import com.billaudit.persistence.question.QuestionRepository;
import com.billaudit.question.QuestionAnswerer;

/**
 * What questions about an analysis need, and what deleting one must clear besides its rows.
 *
 * @param questions  the asked questions and their answers (null when the routes under test never reach them)
 * @param answerer   the rules, and the model when one is configured
 * @param llmAnswers the model's cached answers, filed by document: an analysis's go with it
 */
public record QuestionDesk(QuestionRepository questions, QuestionAnswerer answerer, LlmAnswerCache llmAnswers) {

    public static final QuestionDesk NONE = new QuestionDesk(null, QuestionAnswerer.rulesOnly(), LlmAnswerCache.NONE);
}

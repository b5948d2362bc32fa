package com.billaudit.persistence.question;

import com.billaudit.domain.AgentRun;
import com.billaudit.persistence.FreshSchema;
import com.billaudit.persistence.Samples;
import com.billaudit.persistence.analysis.AnalysisRepository;
import com.billaudit.question.Answer;
import com.billaudit.question.Citation;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionRepositoryTest {
    @AutoClose
    private static final FreshSchema schema = FreshSchema.create();
    private static final AnalysisRepository analyses = new AnalysisRepository(schema.database());
    private static final QuestionRepository questions = new QuestionRepository(schema.database());

    @Test
    void questionsComeBackOldestFirstWithTheirCitationsAndGoWithTheirAnalysis() {
        UUID analysis = analyses.create(Samples.upload("key-q", null)).id();
        var first = questions.add(analysis, "Why is line 2 flagged?",
                new Answer("Line 2 is billed above the rate.", List.of(Citation.line(2), Citation.finding(1)),
                        AgentRun.Mode.RULES));
        questions.add(analysis, "What can I recover?", new Answer("150.00", List.of(Citation.finding(1)),
                AgentRun.Mode.LLM));

        List<StoredQuestion> listed = questions.list(analysis);
        assertEquals(List.of("Why is line 2 flagged?", "What can I recover?"),
                listed.stream().map(StoredQuestion::question).toList());
        assertEquals(first, listed.getFirst());
        assertEquals(List.of(Citation.line(2), Citation.finding(1)), listed.getFirst().answer().citations());
        assertEquals(AgentRun.Mode.LLM, listed.get(1).answer().mode());

        assertTrue(analyses.delete(analysis, null));
        assertTrue(questions.list(analysis).isEmpty());
    }
}

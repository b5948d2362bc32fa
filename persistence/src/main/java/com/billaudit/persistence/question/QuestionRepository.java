package com.billaudit.persistence.question;

import com.billaudit.domain.AgentRun;
import com.billaudit.persistence.Columns;
import com.billaudit.persistence.Database;
import com.billaudit.question.Answer;
import com.billaudit.question.Citation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The questions asked about each analysis, oldest first; they go when the analysis goes. */
public final class QuestionRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() {
    };
    private static final RowMapper<StoredQuestion> ROW = (rs, ctx) -> new StoredQuestion(
            rs.getObject("id", UUID.class), rs.getObject("analysis_id", UUID.class), rs.getString("question"),
            new Answer(rs.getString("answer"), citations(rs.getString("citations")),
                    AgentRun.Mode.valueOf(rs.getString("mode").toUpperCase(Locale.ROOT))),
            Columns.instant(rs, "created_at"));

    private final Jdbi jdbi;

    public QuestionRepository(Database database) {
        this.jdbi = database.jdbi();
    }

    public StoredQuestion add(UUID analysisId, String question, Answer answer) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        INSERT INTO analysis_questions (id, analysis_id, question, answer, citations, mode)
                        VALUES (:id, :analysis, :question, :answer, CAST(:citations AS jsonb), :mode)
                        RETURNING id, analysis_id, question, answer, citations::text AS citations, mode, created_at""")
                .bind("id", UUID.randomUUID())
                .bind("analysis", analysisId)
                .bind("question", question)
                .bind("answer", answer.text())
                .bind("citations", json(answer.citations()))
                .bind("mode", answer.mode().code())
                .map(ROW)
                .one());
    }

    public List<StoredQuestion> list(UUID analysisId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id, analysis_id, question, answer, citations::text AS citations, mode, created_at
                        FROM analysis_questions WHERE analysis_id = :analysis ORDER BY created_at, id""")
                .bind("analysis", analysisId)
                .map(ROW)
                .list());
    }

    private static String json(List<Citation> citations) {
        try {
            return JSON.writeValueAsString(citations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("citations always serialise", e);
        }
    }

    private static List<Citation> citations(String json) {
        try {
            return JSON.readValue(json, CITATIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored citations are JSON this repository wrote", e);
        }
    }
}

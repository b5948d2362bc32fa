package com.billaudit.persistence.analysis;

import com.billaudit.persistence.Columns;
import com.billaudit.persistence.Database;
import com.billaudit.questions.Answer;
import com.billaudit.questions.Citation;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.UUID;

/** The questions asked about analyses and the answers given, kept until the analysis is deleted. */
public final class QuestionRepository {
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() { };
    private static final String COLUMNS = "id, question, answer, citations::text AS citations, mode, created_at";

    private final Jdbi jdbi;
    private final RowMapper<StoredQuestion> mapper = (rs, ctx) -> new StoredQuestion(rs.getObject("id", UUID.class),
            rs.getString("question"), rs.getString("answer"), citations(rs.getString("citations")), rs.getString("mode"),
            Columns.instant(rs, "created_at"));

    public QuestionRepository(Database database) {
        this.jdbi = database.jdbi();
    }

    public StoredQuestion add(UUID analysisId, String question, Answer answer, String mode) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        INSERT INTO analysis_questions (id, analysis_id, question, answer, citations, mode)
                        VALUES (:id, :analysis, :question, :answer, CAST(:citations AS jsonb), :mode)
                        RETURNING""" + " " + COLUMNS)
                .bind("id", UUID.randomUUID())
                .bind("analysis", analysisId)
                .bind("question", question)
                .bind("answer", answer.text())
                .bind("citations", json(answer.citations()))
                .bind("mode", mode)
                .map(mapper)
                .one());
    }

    /** The analysis's questions, oldest first. */
    public List<StoredQuestion> list(UUID analysisId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM analysis_questions WHERE analysis_id = :analysis ORDER BY created_at, id")
                .bind("analysis", analysisId)
                .map(mapper)
                .list());
    }

    private static String json(List<Citation> citations) {
        try {
            return JSON.writeValueAsString(citations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Citation> citations(String json) {
        try {
            return JSON.readValue(json, CITATIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored citations are not JSON: " + json, e);
        }
    }
}

package com.billaudit.server.analysis;

import com.billaudit.persistence.analysis.AnalysisRepository;
import com.billaudit.persistence.analysis.AnalysisStatus;
import com.billaudit.persistence.analysis.StoredAnalysis;
import com.billaudit.persistence.question.QuestionRepository;
import com.billaudit.question.Answer;
import com.billaudit.question.QuestionAnswerer;
import com.billaudit.server.auth.Principal;
import com.billaudit.server.http.ApiException;
import com.billaudit.server.http.JsonBody;
import com.billaudit.server.http.Responses;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.UUID;

import static com.billaudit.server.http.RouteTemplate.named;

/**
 * {@code /v1/analyses/{id}/questions}: ask about a completed analysis and list what was asked.
 * Same access rule as the analysis: another owner's analysis is not found.
 */
public final class QuestionService implements HttpService {
    private static final String ROUTE = "/v1/analyses/{id}/questions";
    private static final int MAX_QUESTION = 1000;
    private static final long MAX_BODY_BYTES = 16 * 1024;

    private final AnalysisRepository analyses;
    private final QuestionRepository questions;
    private final QuestionAnswerer answerer;
    private final ObjectMapper mapper;
    private final Responses responses;

    public QuestionService(AnalysisRepository analyses, QuestionRepository questions, QuestionAnswerer answerer,
                           ObjectMapper mapper, Responses responses) {
        this.analyses = analyses;
        this.questions = questions;
        this.answerer = answerer;
        this.mapper = mapper;
        this.responses = responses;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/questions", named(ROUTE, this::postQuestion))
                .get("/{id}/questions", named(ROUTE, this::listQuestions));
    }

    private void postQuestion(ServerRequest req, ServerResponse res) {
        StoredAnalysis analysis = visibleAnalysis(req);
        String question = question(req);
        if (analysis.status() != AnalysisStatus.COMPLETED || analysis.report() == null) {
            throw new ApiException.Unprocessable("Analysis " + analysis.id() + " is " + analysis.status().code()
                    + ": ask when it has completed");
        }
        Answer answer = answerer.answer(question, analysis.report());
        responses.json(req, res, 201, QuestionJson.of(questions.add(analysis.id(), question, answer)));
    }

    private void listQuestions(ServerRequest req, ServerResponse res) {
        UUID id = visibleAnalysis(req).id();
        responses.json(req, res, 200, new QuestionListJson(questions.list(id).stream().map(QuestionJson::of).toList()));
    }

    private StoredAnalysis visibleAnalysis(ServerRequest req) {
        UUID id = AnalysisIds.from(req);
        return analyses.find(id, Principal.of(req).ownerFilter()).orElseThrow(() -> AnalysisIds.notFound(id));
    }

    private String question(ServerRequest req) {
        QuestionBody body = JsonBody.read(req, mapper, MAX_BODY_BYTES, QuestionBody.class, "{\"question\": \"...\"}");
        String question = body == null || body.question() == null ? "" : body.question().strip();
        if (question.isEmpty() || question.length() > MAX_QUESTION) {
            throw new ApiException.Unprocessable("'question' must be 1 to " + MAX_QUESTION + " characters");
        }
        return question;
    }

    /** The request body. */
    public record QuestionBody(String question) {
    }

    /** {@code {"items": [...]}}, oldest first. */
    public record QuestionListJson(java.util.List<QuestionJson> items) {
    }
}

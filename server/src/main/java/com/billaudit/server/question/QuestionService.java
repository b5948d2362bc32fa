package com.billaudit.server.question;

import com.billaudit.persistence.analysis.AnalysisRepository;
import com.billaudit.persistence.analysis.QuestionRepository;
import com.billaudit.persistence.analysis.StoredAnalysis;
import com.billaudit.questions.Answer;
import com.billaudit.questions.QuestionAnswerer;
import com.billaudit.server.auth.Principal;
import com.billaudit.server.http.ApiException;
import com.billaudit.server.http.BoundedBody;
import com.billaudit.server.http.Responses;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import static com.billaudit.server.http.RouteTemplate.named;

/**
 * {@code /v1/analyses/{id}/questions} (contract 1.1): ask about an analysis and list what was
 * asked, oldest first. Answers come from the analysis only (its lines and findings), in rules
 * mode; same access rule as the analysis; the questions go when the analysis is deleted.
 */
public final class QuestionService implements HttpService {
    private static final String ROUTE = "/v1/analyses/{id}/questions";
    private static final int MAX_BODY_BYTES = 4096;
    private static final int MAX_QUESTION = 500;

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
        rules.post("/{id}/questions", named(ROUTE, this::ask))
                .get("/{id}/questions", named(ROUTE, this::list));
    }

    private void ask(ServerRequest req, ServerResponse res) {
        StoredAnalysis analysis = analysis(req);
        String question = question(req);
        if (analysis.report() == null) {
            throw new ApiException.Unprocessable("The analysis is " + analysis.status().code()
                    + "; ask once it is completed");
        }
        Answer answer = answerer.answer(analysis.report(), question);
        responses.json(req, res, 201, QuestionJson.of(questions.add(analysis.id(), question, answer, QuestionAnswerer.MODE)));
    }

    private void list(ServerRequest req, ServerResponse res) {
        StoredAnalysis analysis = analysis(req);
        responses.json(req, res, 200, Map.of("items", questions.list(analysis.id()).stream().map(QuestionJson::of).toList()));
    }

    private StoredAnalysis analysis(ServerRequest req) {
        Principal principal = Principal.of(req);
        String raw = req.path().pathParameters().get("id");
        try {
            return analyses.find(UUID.fromString(raw), principal.ownerFilter())
                    .orElseThrow(() -> new ApiException.NotFound("No analysis " + raw));
        } catch (IllegalArgumentException e) {
            throw new ApiException.NotFound("No analysis " + raw);
        }
    }

    private String question(ServerRequest req) {
        Body body;
        try {
            body = mapper.readValue(BoundedBody.read(req.content().inputStream(), MAX_BODY_BYTES), Body.class);
        } catch (IOException e) {
            throw new ApiException.BadRequest("The body must be JSON {question}");
        }
        if (body == null || body.question() == null || body.question().isBlank() || body.question().length() > MAX_QUESTION) {
            throw new ApiException.BadRequest("'question' is required (at most " + MAX_QUESTION + " characters)");
        }
        return body.question().trim();
    }

    /** The request body. */
    public record Body(String question) {
    }
}

package com.billaudit.server.analysis;

import com.billaudit.domain.DocumentInfo;
import com.billaudit.domain.Scheme;
import com.billaudit.intake.DocumentReader;
import com.billaudit.llm.LlmAnswerCache;
import com.billaudit.persistence.analysis.AnalysisFilter;
import com.billaudit.persistence.analysis.AnalysisPage;
import com.billaudit.persistence.analysis.AnalysisRepository;
import com.billaudit.persistence.analysis.AnalysisStatus;
import com.billaudit.persistence.analysis.CreatedAnalysis;
import com.billaudit.persistence.analysis.NewAnalysis;
import com.billaudit.persistence.analysis.StoredAnalysis;
import com.billaudit.persistence.analysis.StoredDocument;
import com.billaudit.persistence.scheme.SchemeRepository;
import com.billaudit.server.auth.Principal;
import com.billaudit.server.http.ApiException;
import com.billaudit.server.http.QueryParams;
import com.billaudit.server.http.Responses;
import com.billaudit.server.worker.WorkSignal;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static com.billaudit.server.http.RouteTemplate.named;

/** {@code /v1/analyses}: upload, read, list and delete analyses. */
public final class AnalysisService implements HttpService {
    private static final String BASE = "/v1/analyses";
    private static final HeaderName IDEMPOTENCY_KEY = HeaderNames.create("Idempotency-Key");
    private static final int MAX_IDEMPOTENCY_KEY = 200;

    private final UploadReader uploads;
    private final DocumentReader reader;
    private final SchemeRepository schemes;
    private final AnalysisRepository analyses;
    private final WorkSignal workSignal;
    private final CompletionWaiter waiter;
    private final String defaultScheme;
    private final Responses responses;
    private final LlmAnswerCache llmAnswers;

    public AnalysisService(UploadReader uploads, DocumentReader reader, SchemeRepository schemes,
                           AnalysisRepository analyses, WorkSignal workSignal, CompletionWaiter waiter,
                           String defaultScheme, Responses responses) {
        this(uploads, reader, schemes, analyses, workSignal, waiter, defaultScheme, responses, LlmAnswerCache.NONE);
    }

    /** @param llmAnswers the model's cached answers: those about a deleted analysis's document go with it */
    public AnalysisService(UploadReader uploads, DocumentReader reader, SchemeRepository schemes,
                           AnalysisRepository analyses, WorkSignal workSignal, CompletionWaiter waiter,
                           String defaultScheme, Responses responses, LlmAnswerCache llmAnswers) {
        this.uploads = uploads;
        this.reader = reader;
        this.schemes = schemes;
        this.analyses = analyses;
        this.workSignal = workSignal;
        this.waiter = waiter;
        this.defaultScheme = defaultScheme;
        this.responses = responses;
        this.llmAnswers = llmAnswers;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", named(BASE, this::postAnalysis))
                .get("/", named(BASE, this::listAnalyses))
                .get("/{id}", named(BASE + "/{id}", this::getAnalysis))
                .delete("/{id}", named(BASE + "/{id}", this::deleteAnalysis));
    }

    private void postAnalysis(ServerRequest req, ServerResponse res) {
        Principal principal = Principal.of(req);
        Duration wait = Duration.ofSeconds(new QueryParams(req.query()).integer("wait", 0, 0, 60));
        String idempotencyKey = idempotencyKey(req);
        CreatedAnalysis created = uploads.read(req, form -> {
            // read back from the spool once, for the check and the store, while the upload holds its permit
            byte[] content = form.file().bytes();
            // opened before it is accepted: what cannot be read is refused here, not failed later
            String mediaType = reader.sniff(content);
            Scheme scheme = knownScheme(form.scheme() == null ? defaultScheme : form.scheme());
            DocumentInfo document = new DocumentInfo(form.fileName(), mediaType, form.file().size(),
                    form.file().sha256(), null, null, null);
            return analyses.create(new NewAnalysis(principal.account(), form.reference(), scheme.code(),
                    form.region(), scheme.currency(), idempotencyKey, document, content));
        });
        workSignal.wake();
        // a local worker hands the completed analysis over as it stored it: no read, no report parsed back
        Optional<StoredAnalysis> handed = wait.isZero() ? Optional.empty() : waiter.await(created.id(), wait).stored();
        answerUpload(req, res, handed.or(() -> analyses.find(created.id(), null))
                .orElseThrow(() -> AnalysisIds.notFound(created.id())));
    }

    private static String idempotencyKey(ServerRequest req) {
        String key = req.headers().first(IDEMPOTENCY_KEY).map(String::trim).orElse(null);
        if (key != null && (key.isEmpty() || key.length() > MAX_IDEMPOTENCY_KEY)) {
            throw new ApiException.BadRequest("'Idempotency-Key' must be 1 to " + MAX_IDEMPOTENCY_KEY + " characters");
        }
        return key;
    }

    private Scheme knownScheme(String code) {
        return schemes.find(code)
                .orElseThrow(() -> new ApiException.Unprocessable("Unknown scheme '" + code + "'"));
    }

    private void answerUpload(ServerRequest req, ServerResponse res, StoredAnalysis stored) {
        if (stored.status().isFinished()) {
            responses.json(req, res, 200, AnalysisJson.of(stored));
        } else {
            res.header("Location", BASE + "/" + stored.id());
            responses.json(req, res, 202, new Accepted(stored.id(), stored.status().code()));
        }
    }

    private void getAnalysis(ServerRequest req, ServerResponse res) {
        UUID id = AnalysisIds.from(req);
        StoredAnalysis stored = analyses.find(id, Principal.of(req).ownerFilter())
                .orElseThrow(() -> AnalysisIds.notFound(id));
        responses.json(req, res, 200, AnalysisJson.of(stored));
    }

    /** The uploaded bytes with the type sniffed from them, to whoever may see the analysis. */
    private void listAnalyses(ServerRequest req, ServerResponse res) {
        AnalysisFilter filter = ListQuery.filter(new QueryParams(req.query()), Principal.of(req).ownerFilter());
        AnalysisPage page;
        try {
            page = analyses.list(filter);
        } catch (IllegalArgumentException e) {
            throw new ApiException.BadRequest("'cursor' is not a cursor this server issued: " + e.getMessage());
        }
        responses.json(req, res, 200, new AnalysisPageJson(
                page.items().stream().map(AnalysisSummaryJson::of).toList(), page.nextCursor()));
    }

    private void deleteAnalysis(ServerRequest req, ServerResponse res) {
        UUID id = AnalysisIds.from(req);
        String owner = Principal.of(req).ownerFilter();
        StoredAnalysis stored = analyses.find(id, owner).orElseThrow(() -> AnalysisIds.notFound(id));
        if (!analyses.delete(id, owner)) {
            throw AnalysisIds.notFound(id);
        }
        llmAnswers.forget(stored.document().sha256());
        responses.empty(req, res, 204);
    }

    /** {@code {"id","status"}} of an analysis still running. */
    public record Accepted(UUID id, String status) {
    }
}

package com.billaudit.server.document;

import com.billaudit.persistence.analysis.AnalysisRepository;
import com.billaudit.persistence.analysis.StoredDocument;
import com.billaudit.server.analysis.AnalysisIds;
import com.billaudit.server.auth.Principal;
import com.billaudit.server.http.ApiException;
import com.billaudit.server.http.MemoryPermits;
import com.billaudit.server.http.Responses;
import com.billaudit.server.http.StallGuard;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static com.billaudit.server.http.RouteTemplate.named;

/**
 * {@code /v1/analyses/{id}/document}: the uploaded bytes with their content type (contract 1.1),
 * and {@code .../document/pages/{page}}: one page of it as PNG, for showing a bill beside its
 * lines. Same access rule as the analysis; gone once the analysis is deleted.
 */
public final class DocumentService implements HttpService {
    private static final String BASE = "/v1/analyses/{id}/document";
    /** A client that stops reading a document gives its permit back after this long. */
    private static final StallGuard STALLS = new StallGuard(Duration.ofSeconds(30));

    private final AnalysisRepository analyses;
    private final PageImages pages;
    private final Responses responses;
    private final MemoryPermits permits;

    /** @param permits how many documents are loaded and sent (or rendered) at once */
    public DocumentService(AnalysisRepository analyses, PageImages pages, Responses responses, MemoryPermits permits) {
        this.analyses = analyses;
        this.pages = pages;
        this.responses = responses;
        this.permits = permits;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{id}/document", named(BASE, this::getDocument))
                .get("/{id}/document/pages/{page}", named(BASE + "/pages/{page}", this::getPage));
    }

    private void getDocument(ServerRequest req, ServerResponse res) {
        permits.run(() -> {
            StoredDocument document = document(req);
            // an upload is untrusted content: shown inline, but sandboxed so it can run nothing in our origin
            responses.asset(req, res, document.contentType(), document.content(), Map.of("Cache-Control", "no-store",
                    "Content-Disposition", ContentDisposition.inline(document.fileName()),
                    "Content-Security-Policy", "sandbox; default-src 'none'"), STALLS);
        });
    }

    private void getPage(ServerRequest req, ServerResponse res) {
        int page;
        try {
            page = Integer.parseInt(req.path().pathParameters().get("page"));
        } catch (NumberFormatException e) {
            throw new ApiException.NotFound("No page " + req.path().pathParameters().get("page"));
        }
        byte[] png = permits.within(() -> {
            StoredDocument document = document(req);
            return pages.png(document.content(), document.contentType(), page);
        });
        responses.asset(req, res, "image/png", png, Map.of("Cache-Control", "no-store"));
    }

    private StoredDocument document(ServerRequest req) {
        Principal principal = Principal.of(req);
        UUID id = AnalysisIds.from(req);
        return analyses.document(id, principal.ownerFilter()).orElseThrow(() -> AnalysisIds.notFound(id));
    }
}

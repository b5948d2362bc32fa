package com.billaudit.server.web;

import com.billaudit.server.http.Responses;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Map;

import static com.billaudit.server.http.RouteTemplate.named;

/**
 * What browsers and client authors load without a key: the dashboard at {@code /}, the OpenAPI
 * document and its readable page, and their static files. The pages call the API with the key
 * the user types in, so nothing here reads data.
 */
public final class WebService implements HttpService {
    /**
     * Pages run only our own scripts and talk only to this origin. Swagger UI sets inline styles,
     * so styles may be inline; scripts never are.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** Files may be cached but are checked again on every use, so a new release shows at once. */
    private static final String REVALIDATE = "no-cache";

    private final WebAssets pages;
    private final WebAssets files;
    private final WebAssets swaggerUi;
    private final Responses responses;

    public WebService(Responses responses) {
        this.pages = WebAssets.bundled("");
        this.files = WebAssets.bundled("ui");
        this.swaggerUi = WebAssets.swaggerUi();
        this.responses = responses;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", named("/", (req, res) -> page(req, res, pages.get("index.html"))))
                .get("/docs", named("/docs", (req, res) -> page(req, res, pages.get("docs.html"))))
                .get("/openapi.json", named("/openapi.json", (req, res) -> file(req, res, pages.get("openapi.json"))))
                .get("/ui/{file}", named("/ui/{file}", (req, res) -> file(req, res, files.get(fileName(req)))))
                .get("/webjars/swagger-ui/{file}", named("/webjars/swagger-ui/{file}",
                        (req, res) -> file(req, res, swaggerUi.get(fileName(req)))));
    }

    private void page(ServerRequest req, ServerResponse res, WebAsset page) {
        responses.asset(req, res, page.contentType(), page.bytes(),
                Map.of("Cache-Control", REVALIDATE, "Content-Security-Policy", CONTENT_SECURITY_POLICY,
                        "Referrer-Policy", "no-referrer"));
    }

    private void file(ServerRequest req, ServerResponse res, WebAsset file) {
        responses.asset(req, res, file.contentType(), file.bytes(), Map.of("Cache-Control", REVALIDATE));
    }

    private static String fileName(ServerRequest req) {
        return req.path().pathParameters().get("file");
    }
}

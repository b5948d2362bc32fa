package com.billaudit.server.scheme;

import com.billaudit.domain.Scheme;
import com.billaudit.persistence.scheme.SchemeRepository;
import com.billaudit.reference.CsvImport;
import com.billaudit.reference.NonPayableCsv;
import com.billaudit.reference.TariffCsv;
import com.billaudit.server.auth.Principal;
import com.billaudit.server.http.ApiException;
import com.billaudit.server.http.BoundedBody;
import com.billaudit.server.http.JsonBody;
import com.billaudit.server.http.QueryParams;
import com.billaudit.server.http.Responses;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import static com.billaudit.server.http.RouteTemplate.named;

/** {@code /v1/schemes}: scheme headers and their all-or-nothing reference imports. */
public final class SchemeService implements HttpService {
    private static final String BASE = "/v1/schemes";

    private final SchemeRepository schemes;
    private final ObjectMapper mapper;
    private final long maxBodyBytes;
    private final BigDecimal defaultTolerance;
    private final Responses responses;
    private final Clock clock;
    private final Consumer<String> imported;

    /**
     * @param clock    decides "today": the default effective date of an import and what is in force now
     * @param imported told the scheme code after each import, so that cached rulebooks are dropped
     */
    public SchemeService(SchemeRepository schemes, ObjectMapper mapper, long maxBodyBytes,
                         BigDecimal defaultTolerance, Responses responses, Clock clock, Consumer<String> imported) {
        this.schemes = schemes;
        this.mapper = mapper;
        this.maxBodyBytes = maxBodyBytes;
        this.defaultTolerance = defaultTolerance;
        this.responses = responses;
        this.clock = clock;
        this.imported = imported;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", named(BASE, this::listSchemes))
                .put("/{code}", named(BASE + "/{code}", this::putScheme))
                .post("/{code}/tariffs", named(BASE + "/{code}/tariffs", this::postTariff))
                .get("/{code}/tariffs", named(BASE + "/{code}/tariffs", this::searchTariff))
                .post("/{code}/non-payable", named(BASE + "/{code}/non-payable", this::postNonPayable));
    }

    private void listSchemes(ServerRequest req, ServerResponse res) {
        Principal.of(req);
        responses.json(req, res, 200, Map.of("items",
                schemes.list(LocalDate.now(clock)).stream().map(SchemeJson::of).toList()));
    }

    private void putScheme(ServerRequest req, ServerResponse res) {
        Principal.of(req).requireAdmin();
        Scheme scheme = SchemeValidation.scheme(SchemeValidation.code(code(req)), body(req), defaultTolerance);
        responses.json(req, res, schemes.upsert(scheme) ? 201 : 200, scheme);
    }

    private void postTariff(ServerRequest req, ServerResponse res) {
        importList(req, res, TariffCsv::parse, schemes::replaceTariff);
    }

    private void postNonPayable(ServerRequest req, ServerResponse res) {
        importList(req, res, NonPayableCsv::parse, schemes::replaceNonPayable);
    }

    /** A list store: scheme code, rows, effective date → the new version. */
    @FunctionalInterface
    private interface ListStore<T> {
        int store(String code, List<T> rows, LocalDate effectiveFrom);
    }

    /**
     * Imports a new version of one list, all or nothing. The query parameter
     * {@code effectiveFrom=YYYY-MM-DD} dates it (default today): bills dated from then on are
     * audited against it.
     */
    private <T> void importList(ServerRequest req, ServerResponse res, Function<byte[], CsvImport<T>> parser,
                                ListStore<T> store) {
        Principal.of(req).requireAdmin();
        String code = existing(code(req));
        LocalDate effectiveFrom = new QueryParams(req.query()).date("effectiveFrom", LocalDate.now(clock));
        CsvImport<T> parsed = parser.apply(BoundedBody.read(req.content().inputStream(), maxBodyBytes));
        if (!parsed.ok()) {
            throw new ApiException.Unprocessable(parsed.errors().size() + " row(s) cannot be imported; nothing changed",
                    parsed.errors());
        }
        int version = store.store(code, parsed.rows(), effectiveFrom);
        imported.accept(code);
        responses.json(req, res, 200, new ImportResult(code, version, parsed.rows().size(), effectiveFrom));
    }

    private void searchTariff(ServerRequest req, ServerResponse res) {
        Principal.of(req);
        String code = existing(code(req));
        QueryParams query = new QueryParams(req.query());
        var rows = schemes.searchTariff(code, query.text("q"), query.integer("limit", 50, 1, 500));
        responses.json(req, res, 200, Map.of("scheme", code, "items", rows.stream().map(TariffRowJson::of).toList()));
    }

    private String existing(String code) {
        if (schemes.find(SchemeValidation.code(code)).isEmpty()) {
            throw new ApiException.NotFound("No scheme '" + code + "'");
        }
        return code;
    }

    private static String code(ServerRequest req) {
        return req.path().pathParameters().get("code");
    }

    private SchemeBody body(ServerRequest req) {
        return JsonBody.read(req, mapper, maxBodyBytes, SchemeBody.class, "{name, currency, overchargeTolerance}");
    }

    /** {@code {"scheme","version","rows","effectiveFrom"}}. */
    public record ImportResult(String scheme, int version, int rows, LocalDate effectiveFrom) {
    }
}

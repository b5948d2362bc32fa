package com.billaudit.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lets pages served from the configured origins (CORS_ORIGINS) call the API from a browser.
 * Answers preflights itself; for other requests it notes the allowed origin in the request
 * context and {@link Responses} adds the headers, so error answers carry them too.
 */
public final class CorsFilter implements Filter {
    private static final String ANY = "*";
    private static final String EXPOSED = "X-Request-ID, X-Response-Time, Location, Retry-After";
    private static final String METHODS = "GET, POST, PUT, DELETE";
    private static final String HEADERS = "Authorization, X-API-Key, Content-Type, Idempotency-Key, X-Request-ID";
    private static final String PREFLIGHT_MAX_AGE_SECONDS = "600";

    private final Set<String> origins;

    /** @param origins exact origins ({@code https://app.example.org}), or {@code *} for any */
    public CorsFilter(List<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        Optional<String> origin = req.headers().first(HeaderNames.ORIGIN).filter(this::allowed);
        if (origin.isPresent()) {
            req.context().register(new AllowedOrigin(origin.get()));
            if (req.prologue().method() == Method.OPTIONS
                    && req.headers().contains(HeaderNames.ACCESS_CONTROL_REQUEST_METHOD)) {
                preflight(res, origin.get());
                return;
            }
        }
        chain.proceed();
    }

    private boolean allowed(String origin) {
        return origins.contains(ANY) || origins.contains(origin);
    }

    private static void preflight(RoutingResponse res, String origin) {
        allow(res, origin);
        res.header("Access-Control-Allow-Methods", METHODS);
        res.header("Access-Control-Allow-Headers", HEADERS);
        res.header("Access-Control-Max-Age", PREFLIGHT_MAX_AGE_SECONDS);
        res.status(204).send();
    }

    /** The request's origin when it may read the answer. */
    static Optional<String> allowedOrigin(ServerRequest req) {
        return req.context().get(AllowedOrigin.class).map(AllowedOrigin::origin);
    }

    static void allow(ServerResponse res, String origin) {
        res.header("Access-Control-Allow-Origin", origin);
        res.header("Access-Control-Expose-Headers", EXPOSED);
        res.header("Vary", "Origin");
    }

    private record AllowedOrigin(String origin) {
    }
}

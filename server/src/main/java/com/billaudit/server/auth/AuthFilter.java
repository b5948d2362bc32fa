package com.billaudit.server.auth;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.util.Locale;
import java.util.Optional;

/** Authenticates every /v1 request and leaves the {@link Principal} in the request context. */
public final class AuthFilter implements Filter {
    private static final HeaderName API_KEY = HeaderNames.create("X-API-Key");
    private static final String BEARER = "bearer ";

    private final Authenticator authenticator;

    public AuthFilter(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        String path = req.path().path();
        if (path.equals("/v1") || path.startsWith("/v1/")) {
            req.context().register(authenticator.authenticate(presentedKey(req).orElse(null)));
        }
        chain.proceed();
    }

    private static Optional<String> presentedKey(RoutingRequest req) {
        Optional<String> bearer = req.headers().first(HeaderNames.AUTHORIZATION)
                .filter(value -> value.toLowerCase(Locale.ROOT).startsWith(BEARER))
                .map(value -> value.substring(BEARER.length()).trim());
        return bearer.isPresent() ? bearer : req.headers().first(API_KEY).map(String::trim);
    }
}

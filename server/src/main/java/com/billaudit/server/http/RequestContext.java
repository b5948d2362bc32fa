package com.billaudit.server.http;

import io.helidon.webserver.http.ServerRequest;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What every request carries from the first filter on: its id (the client's X-Request-ID when it
 * sent a sane one) and when it started, for X-Response-Time.
 */
public record RequestContext(String requestId, long startNanos) {
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    static RequestContext begin(String clientId) {
        String id = clientId != null && SANE_ID.matcher(clientId).matches() ? clientId : UUID.randomUUID().toString();
        return new RequestContext(id, System.nanoTime());
    }

    public long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** The context of this request; a fresh one when no filter ran (never null). */
    public static RequestContext of(ServerRequest req) {
        return req.context().get(RequestContext.class).orElseGet(() -> begin(null));
    }
}

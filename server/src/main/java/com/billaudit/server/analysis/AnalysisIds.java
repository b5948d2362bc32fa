package com.billaudit.server.analysis;

import com.billaudit.server.http.ApiException;
import io.helidon.webserver.http.ServerRequest;

import java.util.UUID;

/** The {id} path parameter; an id that is not a UUID names no analysis (404, not 400). */
public final class AnalysisIds {
    private AnalysisIds() {
    }

    public static UUID from(ServerRequest req) {
        String raw = req.path().pathParameters().get("id");
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw notFound(raw);
        }
    }

    public static ApiException.NotFound notFound(Object id) {
        return new ApiException.NotFound("No analysis " + id);
    }
}

package com.billaudit.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Every response leaves through here, so that each carries X-Response-Time (it has to be set
 * before the body is sent, which a filter cannot do after the handler ran).
 */
public final class Responses {
    public static final String RESPONSE_TIME = "X-Response-Time";
    private static final String JSON = "application/json";

    private final ObjectMapper mapper;

    public Responses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void json(ServerRequest req, ServerResponse res, int status, Object body) {
        send(req, res, status, JSON, serialize(body));
    }

    public void problem(ServerRequest req, ServerResponse res, Problem problem) {
        send(req, res, problem.status(), Problem.MEDIA_TYPE, serialize(problem));
    }

    public void text(ServerRequest req, ServerResponse res, int status, String contentType, String body) {
        send(req, res, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A file for browsers (a page, a script): {@code headers} add to or replace the API defaults. */
    public void asset(ServerRequest req, ServerResponse res, String contentType, byte[] body,
                      Map<String, String> headers) {
        res.status(200);
        res.header("Content-Type", contentType);
        stamp(req, res);
        headers.forEach(res::header);
        res.send(body);
    }

    /**
     * As {@link #asset}, written through {@code guard}: a large body sent to a client that stops
     * reading is ended rather than left holding whatever holds the body.
     */
    public void asset(ServerRequest req, ServerResponse res, String contentType, byte[] body,
                      Map<String, String> headers, StallGuard guard) {
        res.status(200);
        res.header("Content-Type", contentType);
        stamp(req, res);
        headers.forEach(res::header);
        res.header("Content-Length", Integer.toString(body.length));
        guard.write(body, res.outputStream());
    }

    public void empty(ServerRequest req, ServerResponse res, int status) {
        res.status(status);
        stamp(req, res);
        res.send();
    }

    private void send(ServerRequest req, ServerResponse res, int status, String contentType, byte[] body) {
        res.status(status);
        res.header("Content-Type", contentType);
        stamp(req, res);
        res.send(body);
    }

    /**
     * Error handling resets headers set earlier, so the request id, the security headers and the
     * CORS answer are (re)set here too. API answers are never cached: they carry bills and keys.
     */
    private static void stamp(ServerRequest req, ServerResponse res) {
        RequestContext context = RequestContext.of(req);
        res.header(RequestContextFilter.REQUEST_ID, context.requestId());
        res.header(RESPONSE_TIME, Long.toString(context.elapsedMillis()));
        res.header("X-Content-Type-Options", "nosniff");
        res.header("Cache-Control", "no-store");
        CorsFilter.allowedOrigin(req).ifPresent(origin -> CorsFilter.allow(res, origin));
    }

    private byte[] serialize(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response body does not serialise: " + body.getClass(), e);
        }
    }
}

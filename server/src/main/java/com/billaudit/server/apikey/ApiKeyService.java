package com.billaudit.server.apikey;

import com.billaudit.persistence.auth.ApiKeyRepository;
import com.billaudit.persistence.auth.IssuedApiKey;
import com.billaudit.persistence.auth.NewApiKey;
import com.billaudit.server.auth.Principal;
import com.billaudit.server.http.ApiException;
import com.billaudit.server.http.JsonBody;
import com.billaudit.server.http.Responses;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static com.billaudit.server.http.RouteTemplate.named;

/**
 * {@code /v1/api-keys} (admin): issue a key (its secret shown this once), list keys, rotate one
 * (a new secret for the same account; the old one may keep working for a grace period) and
 * revoke one.
 */
public final class ApiKeyService implements HttpService {
    private static final String BASE = "/v1/api-keys";
    private static final int MAX_BODY_BYTES = 4096;
    private static final int MAX_NAME_LENGTH = 100;
    private static final Duration MAX_GRACE = Duration.ofDays(30);

    private final ApiKeyRepository apiKeys;
    private final ObjectMapper mapper;
    private final Responses responses;
    private final Clock clock;

    public ApiKeyService(ApiKeyRepository apiKeys, ObjectMapper mapper, Responses responses, Clock clock) {
        this.apiKeys = apiKeys;
        this.mapper = mapper;
        this.responses = responses;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", named(BASE, this::postApiKey))
                .get("/", named(BASE, this::listApiKeys))
                .post("/{id}/rotate", named(BASE + "/{id}/rotate", this::rotateApiKey))
                .delete("/{id}", named(BASE + "/{id}", this::revokeApiKey));
    }

    private void postApiKey(ServerRequest req, ServerResponse res) {
        Principal.of(req).requireAdmin();
        KeyBody body = body(req, KeyBody.class, "{name, admin?, account?, expiresAt?, requestsPerMinute?}");
        IssuedApiKey issued;
        try {
            issued = apiKeys.issue(validated(body));
        } catch (IllegalArgumentException e) {
            throw new ApiException.Unprocessable("'account' names no account: " + body.account());
        }
        responses.json(req, res, 201, IssuedKeyJson.of(issued));
    }

    private void listApiKeys(ServerRequest req, ServerResponse res) {
        Principal.of(req).requireAdmin();
        Instant now = clock.instant();
        responses.json(req, res, 200, Map.of("items", apiKeys.list().stream().map(key -> KeyJson.of(key, now)).toList()));
    }

    private void rotateApiKey(ServerRequest req, ServerResponse res) {
        Principal.of(req).requireAdmin();
        RotateBody body = req.content().hasEntity() ? body(req, RotateBody.class, "{graceSeconds?}") : new RotateBody(null);
        Duration grace = Duration.ofSeconds(body.graceSeconds() == null ? 0 : body.graceSeconds());
        if (grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
            throw new ApiException.BadRequest("'graceSeconds' must be from 0 to " + MAX_GRACE.toSeconds());
        }
        IssuedApiKey issued = apiKeys.rotate(id(req), clock.instant().plus(grace))
                .orElseThrow(() -> new ApiException.NotFound("No active key " + id(req)));
        responses.json(req, res, 201, IssuedKeyJson.of(issued));
    }

    private void revokeApiKey(ServerRequest req, ServerResponse res) {
        Principal.of(req).requireAdmin();
        if (!apiKeys.revoke(id(req))) {
            throw new ApiException.NotFound("No key " + id(req));
        }
        responses.empty(req, res, 204);
    }

    private NewApiKey validated(KeyBody body) {
        if (body.name() == null || body.name().isBlank() || body.name().length() > MAX_NAME_LENGTH) {
            throw new ApiException.BadRequest("'name' is required (at most " + MAX_NAME_LENGTH + " characters)");
        }
        if (body.expiresAt() != null && !body.expiresAt().isAfter(clock.instant())) {
            throw new ApiException.BadRequest("'expiresAt' must be in the future");
        }
        if (body.requestsPerMinute() != null && body.requestsPerMinute() < 1) {
            throw new ApiException.BadRequest("'requestsPerMinute' must be at least 1");
        }
        return new NewApiKey(body.name().trim(), Boolean.TRUE.equals(body.admin()), body.account(), body.expiresAt(),
                body.requestsPerMinute());
    }

    private <T> T body(ServerRequest req, Class<T> type, String shape) {
        T body = JsonBody.read(req, mapper, MAX_BODY_BYTES, type, shape);
        if (body == null) {
            throw new ApiException.BadRequest("The body must be JSON " + shape);
        }
        return body;
    }

    private static String id(ServerRequest req) {
        return req.path().pathParameters().get("id");
    }

    /** The body of POST /v1/api-keys. */
    public record KeyBody(String name, Boolean admin, String account, Instant expiresAt, Integer requestsPerMinute) {
    }

    /** The body of POST /v1/api-keys/{id}/rotate: how long the old secret keeps working. */
    public record RotateBody(Long graceSeconds) {
    }
}

package com.billaudit.server.apikey;

import com.billaudit.persistence.auth.ApiKeyRepository;
import com.billaudit.persistence.auth.IssuedApiKey;
import com.billaudit.server.auth.Principal;
import com.billaudit.server.http.ApiException;
import com.billaudit.server.http.BoundedBody;
import com.billaudit.server.http.Responses;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.time.Instant;

import static com.billaudit.server.http.RouteTemplate.named;

/** {@code POST /v1/api-keys} (admin): issues a key; its secret is shown this once. */
public final class ApiKeyService implements HttpService {
    private static final int MAX_BODY_BYTES = 4096;
    private static final int MAX_NAME_LENGTH = 100;

    private final ApiKeyRepository apiKeys;
    private final ObjectMapper mapper;
    private final Responses responses;

    public ApiKeyService(ApiKeyRepository apiKeys, ObjectMapper mapper, Responses responses) {
        this.apiKeys = apiKeys;
        this.mapper = mapper;
        this.responses = responses;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", named("/v1/api-keys", this::postApiKey));
    }

    private void postApiKey(ServerRequest req, ServerResponse res) {
        Principal.of(req).requireAdmin();
        NewKey body = body(req);
        IssuedApiKey issued = apiKeys.issue(body.name().trim(), Boolean.TRUE.equals(body.admin()));
        var key = issued.key();
        responses.json(req, res, 201, new IssuedKeyJson(key.id(), key.name(), key.admin(), issued.secret(), key.createdAt()));
    }

    private NewKey body(ServerRequest req) {
        NewKey body;
        try {
            body = mapper.readValue(BoundedBody.read(req.content().inputStream(), MAX_BODY_BYTES), NewKey.class);
        } catch (IOException e) {
            throw new ApiException.BadRequest("The body must be JSON {name, admin?}");
        }
        if (body == null || body.name() == null || body.name().isBlank() || body.name().length() > MAX_NAME_LENGTH) {
            throw new ApiException.BadRequest("'name' is required (at most " + MAX_NAME_LENGTH + " characters)");
        }
        return body;
    }

    /** The request body. */
    public record NewKey(String name, Boolean admin) {
    }

    /** {@code {id, name, admin, key, createdAt}}. */
    public record IssuedKeyJson(String id, String name, boolean admin, String key, Instant createdAt) {
    }
}

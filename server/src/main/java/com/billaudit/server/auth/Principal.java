package com.billaudit.server.auth;

import com.billaudit.server.http.ApiException;
import io.helidon.webserver.http.ServerRequest;

/**
 * Who is calling.
 *
 * @param keyId             the stored API key's id; null for the master key and for open mode
 * @param account           the account the key acts for, which owns its analyses (a rotated key
 *                          keeps them); null for the master key and for open mode
 * @param requestsPerMinute the key's own request budget, or null for the configured default
 */
public record Principal(String keyId, boolean admin, String account, Integer requestsPerMinute) {
    public static final Principal MASTER = new Principal(null, true, null, null);

    /** A key that is its own account, with the default budget. */
    public Principal(String keyId, boolean admin) {
        this(keyId, admin, keyId, null);
    }

    /** Whose analyses this caller may see: null (everyone's) for an admin. */
    public String ownerFilter() {
        return admin ? null : account;
    }

    public void requireAdmin() {
        if (!admin) {
            throw new ApiException.Forbidden("This operation needs an administrator key");
        }
    }

    /** The authenticated caller; the auth filter guarantees one on every /v1 route. */
    public static Principal of(ServerRequest req) {
        return req.context().get(Principal.class)
                .orElseThrow(() -> new ApiException.Unauthorized("No API key was presented"));
    }
}

package com.billaudit.persistence.auth;

import java.time.Instant;

/**
 * A stored API key (its secret is only ever kept as a hash).
 *
 * @param account           the account the key acts for: the id of the account's first key; analyses
 *                          belong to the account, so they outlive a rotated key
 * @param expiresAt         when the key stops working, or null for never
 * @param revokedAt         when an admin revoked it, or null
 * @param requestsPerMinute the key's own request budget, or null for the configured default
 */
public record ApiKey(String id, String name, boolean admin, Instant createdAt, String account, Instant expiresAt,
                     Instant revokedAt, Integer requestsPerMinute) {

    /** A key that is its own account, never expires and has the default budget. */
    public ApiKey(String id, String name, boolean admin, Instant createdAt) {
        this(id, name, admin, createdAt, id, null, null, null);
    }
}

package com.billaudit.server.apikey;

import com.billaudit.persistence.auth.ApiKey;

import java.time.Instant;

/** A key as admins list it: never its secret; {@code active} while neither revoked nor expired. */
public record KeyJson(String id, String name, boolean admin, String account, Instant createdAt, Instant expiresAt,
                      Instant revokedAt, Integer requestsPerMinute, boolean active) {
    static KeyJson of(ApiKey key, Instant now) {
        boolean active = key.revokedAt() == null && (key.expiresAt() == null || key.expiresAt().isAfter(now));
        return new KeyJson(key.id(), key.name(), key.admin(), key.account(), key.createdAt(), key.expiresAt(),
                key.revokedAt(), key.requestsPerMinute(), active);
    }
}

package com.billaudit.server.apikey;

import com.billaudit.persistence.auth.ApiKey;
import com.billaudit.persistence.auth.IssuedApiKey;

import java.time.Instant;

/** {@code {id, name, admin, key, createdAt, account, expiresAt, requestsPerMinute}}: the only answer with the secret. */
public record IssuedKeyJson(String id, String name, boolean admin, String key, Instant createdAt, String account,
                            Instant expiresAt, Integer requestsPerMinute) {
    static IssuedKeyJson of(IssuedApiKey issued) {
        ApiKey key = issued.key();
        return new IssuedKeyJson(key.id(), key.name(), key.admin(), issued.secret(), key.createdAt(), key.account(),
                key.expiresAt(), key.requestsPerMinute());
    }
}

package com.billaudit.persistence.auth;

import com.billaudit.persistence.Database;

import java.util.Optional;

/** API keys, stored as SHA-256 hashes of high-entropy random secrets. */
public final class ApiKeyRepository {

    public ApiKeyRepository(Database database) {
        throw new UnsupportedOperationException("TODO");
    }

    public IssuedApiKey issue(String name, boolean admin) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The key whose secret this is, if any (constant work per lookup: hash, then index). */
    public Optional<ApiKey> authenticate(String secret) {
        throw new UnsupportedOperationException("TODO");
    }
}

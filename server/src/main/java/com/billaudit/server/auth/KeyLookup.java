package com.billaudit.server.auth;

import com.billaudit.persistence.auth.ApiKey;

import java.util.Optional;

/** Port to the stored API keys (ApiKeyRepository::authenticate). */
@FunctionalInterface
public interface KeyLookup {
    Optional<ApiKey> authenticate(String secret);
}

package com.billaudit.persistence.auth;

/** A key just created: the only moment its secret is known. */
public record IssuedApiKey(ApiKey key, String secret) {
}

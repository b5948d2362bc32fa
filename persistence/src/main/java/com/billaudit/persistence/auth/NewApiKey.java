package com.billaudit.persistence.auth;

import java.time.Instant;

/**
 * What a key is issued with.
 *
 * @param account           an existing account to add the key to, or null for a new account
 * @param expiresAt         null for never
 * @param requestsPerMinute null for the configured default
 */
public record NewApiKey(String name, boolean admin, String account, Instant expiresAt, Integer requestsPerMinute) {
}

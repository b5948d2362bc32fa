package com.billaudit.persistence.auth;

import java.time.Instant;

/** A stored API key (its secret is only ever kept as a hash). */
public record ApiKey(String id, String name, boolean admin, Instant createdAt) {
}

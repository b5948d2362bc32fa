package com.billaudit.persistence.auth;

import com.billaudit.persistence.Columns;
import com.billaudit.persistence.Database;
import org.jdbi.v3.core.Jdbi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/** API keys, stored as SHA-256 hashes of high-entropy random secrets. */
public final class ApiKeyRepository {
    private static final String SECRET_PREFIX = "bak_";
    private static final int SECRET_BYTES = 32;

    private final Jdbi jdbi;
    private final SecureRandom random = new SecureRandom();

    public ApiKeyRepository(Database database) {
        this.jdbi = database.jdbi();
    }

    public IssuedApiKey issue(String name, boolean admin) {
        String secret = newSecret();
        ApiKey key = jdbi.withHandle(handle -> handle.createQuery("""
                        INSERT INTO api_keys (id, name, key_hash, admin) VALUES (:id, :name, :hash, :admin)
                        RETURNING id, name, admin, created_at""")
                .bind("id", UUID.randomUUID().toString())
                .bind("name", name)
                .bind("hash", sha256(secret))
                .bind("admin", admin)
                .map((rs, ctx) -> new ApiKey(rs.getString("id"), rs.getString("name"), rs.getBoolean("admin"),
                        Columns.instant(rs, "created_at")))
                .one());
        return new IssuedApiKey(key, secret);
    }

    /**
     * The key whose secret this is, if any (constant work per lookup: hash, then index). A secret
     * of 256 random bits makes a plain hash enough: there is nothing to guess a dictionary from.
     */
    public Optional<ApiKey> authenticate(String secret) {
        if (secret == null || secret.isEmpty()) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id, name, admin, created_at FROM api_keys WHERE key_hash = :hash AND NOT revoked""")
                .bind("hash", sha256(secret))
                .map((rs, ctx) -> new ApiKey(rs.getString("id"), rs.getString("name"), rs.getBoolean("admin"),
                        Columns.instant(rs, "created_at")))
                .findOne());
    }

    /** Stops a key from authenticating; false when there is no such key. */
    public boolean revoke(String id) {
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE api_keys SET revoked = true WHERE id = :id")
                .bind("id", id)
                .execute()) == 1;
    }

    private String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

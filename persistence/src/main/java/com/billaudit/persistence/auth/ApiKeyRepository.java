package com.billaudit.persistence.auth;

import com.billaudit.persistence.Columns;
import com.billaudit.persistence.Database;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** API keys, stored as SHA-256 hashes of high-entropy random secrets. */
public final class ApiKeyRepository {
    private static final String SECRET_PREFIX = "bak_";
    private static final int SECRET_BYTES = 32;
    private static final String COLUMNS =
            "id, name, admin, created_at, account_id, expires_at, revoked_at, requests_per_minute";
    private static final RowMapper<ApiKey> KEY = (rs, ctx) -> new ApiKey(rs.getString("id"), rs.getString("name"),
            rs.getBoolean("admin"), Columns.instant(rs, "created_at"), rs.getString("account_id"),
            Columns.instant(rs, "expires_at"), Columns.instant(rs, "revoked_at"),
            (Integer) rs.getObject("requests_per_minute"));

    private final Jdbi jdbi;
    private final SecureRandom random = new SecureRandom();

    public ApiKeyRepository(Database database) {
        this.jdbi = database.jdbi();
    }

    /** A key that is an account of its own, never expires and has the default budget. */
    public IssuedApiKey issue(String name, boolean admin) {
        return issue(new NewApiKey(name, admin, null, null, null));
    }

    /** Issues a key; an unknown {@code account} is refused with {@link IllegalArgumentException}. */
    public IssuedApiKey issue(NewApiKey spec) {
        return jdbi.inTransaction(handle -> {
            if (spec.account() != null && accountMissing(handle, spec.account())) {
                throw new IllegalArgumentException("no account " + spec.account());
            }
            return insert(handle, spec);
        });
    }

    /**
     * A new secret for the key {@code id}: same account, name, rights and budget. The old key
     * keeps working until {@code oldKeyUntil} (now: at once), so clients can switch over.
     */
    public Optional<IssuedApiKey> rotate(String id, Instant oldKeyUntil) {
        return jdbi.inTransaction(handle -> {
            Optional<ApiKey> old = handle.createQuery("SELECT " + COLUMNS
                            + " FROM api_keys WHERE id = :id AND NOT revoked FOR UPDATE")
                    .bind("id", id).map(KEY).findOne();
            if (old.isEmpty()) {
                return Optional.empty();
            }
            ApiKey key = old.get();
            handle.createUpdate(
                            "UPDATE api_keys SET expires_at = LEAST(COALESCE(expires_at, :until), :until) WHERE id = :id")
                    .bind("until", Timestamp.from(oldKeyUntil)).bind("id", id).execute();
            return Optional.of(insert(handle, new NewApiKey(key.name(), key.admin(), key.account(), key.expiresAt(),
                    key.requestsPerMinute())));
        });
    }

    /**
     * The key whose secret this is, if any and while it is neither revoked nor expired (constant
     * work per lookup: hash, then index). A secret of 256 random bits makes a plain hash enough:
     * there is nothing to guess a dictionary from.
     */
    public Optional<ApiKey> authenticate(String secret) {
        if (secret == null || secret.isEmpty()) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM api_keys WHERE key_hash = :hash"
                        + " AND NOT revoked AND (expires_at IS NULL OR expires_at > clock_timestamp())")
                .bind("hash", sha256(secret))
                .map(KEY)
                .findOne());
    }

    /** Every key, newest first, revoked and expired ones included. */
    public List<ApiKey> list() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM api_keys ORDER BY created_at DESC, id")
                .map(KEY).list());
    }

    /** Stops a key from authenticating; false when there is no such key. */
    public boolean revoke(String id) {
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE api_keys SET revoked = true, "
                        + "revoked_at = COALESCE(revoked_at, clock_timestamp()) WHERE id = :id")
                .bind("id", id)
                .execute()) == 1;
    }

    private IssuedApiKey insert(Handle handle, NewApiKey spec) {
        String secret = newSecret();
        String id = UUID.randomUUID().toString();
        ApiKey key = handle.createQuery("""
                        INSERT INTO api_keys (id, name, key_hash, admin, account_id, expires_at, requests_per_minute)
                        VALUES (:id, :name, :hash, :admin, :account, :expires, :budget)
                        RETURNING""" + " " + COLUMNS)
                .bind("id", id)
                .bind("name", spec.name())
                .bind("hash", sha256(secret))
                .bind("admin", spec.admin())
                .bind("account", spec.account() == null ? id : spec.account())
                .bind("expires", spec.expiresAt() == null ? null : Timestamp.from(spec.expiresAt()))
                .bind("budget", spec.requestsPerMinute())
                .map(KEY)
                .one();
        return new IssuedApiKey(key, secret);
    }

    private static boolean accountMissing(Handle handle, String account) {
        return handle.createQuery("SELECT count(*) FROM api_keys WHERE account_id = :account")
                .bind("account", account).mapTo(Long.class).one() == 0;
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

package com.billaudit.persistence.auth;

import com.billaudit.persistence.FreshSchema;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accounts, rotation, expiry and revocation of keys, against PostgreSQL with the real migrations. */
class ApiKeyAccountsTest {
    @AutoClose
    private static final FreshSchema schema = FreshSchema.create();
    private static final ApiKeyRepository keys = new ApiKeyRepository(schema.database());

    @Test
    void aNewKeyIsItsOwnAccountAndARotatedKeyKeepsTheAccountNameRightsAndBudget() {
        IssuedApiKey first = keys.issue(new NewApiKey("clinic", false, null, null, 30));
        assertEquals(first.key().id(), first.key().account());

        IssuedApiKey second = keys.rotate(first.key().id(), Instant.now()).orElseThrow();

        assertNotEquals(first.key().id(), second.key().id());
        assertEquals(first.key().account(), second.key().account());
        assertEquals("clinic", second.key().name());
        assertEquals(30, second.key().requestsPerMinute());
        assertTrue(keys.authenticate(second.secret()).isPresent());
        assertTrue(keys.authenticate(first.secret()).isEmpty(), "rotated without grace: the old secret stops at once");
    }

    @Test
    void duringTheGraceBothSecretsWork() {
        IssuedApiKey first = keys.issue("lab", false);

        IssuedApiKey second = keys.rotate(first.key().id(), Instant.now().plus(Duration.ofHours(1))).orElseThrow();

        assertTrue(keys.authenticate(first.secret()).isPresent());
        assertTrue(keys.authenticate(second.secret()).isPresent());
        assertNotNull(keys.authenticate(first.secret()).orElseThrow().expiresAt());
    }

    @Test
    void anExpiredKeyNoLongerAuthenticatesButIsStillListed() {
        IssuedApiKey issued = keys.issue(new NewApiKey("temp", false, null, Instant.now().plusSeconds(3600), null));
        assertTrue(keys.authenticate(issued.secret()).isPresent());

        schema.database().jdbi().useHandle(h -> h.createUpdate(
                "UPDATE api_keys SET expires_at = clock_timestamp() - interval '1 second' WHERE id = :id")
                .bind("id", issued.key().id()).execute());

        assertTrue(keys.authenticate(issued.secret()).isEmpty());
        assertTrue(keys.list().stream().anyMatch(k -> k.id().equals(issued.key().id())));
    }

    @Test
    void revocationIsDatedAndARevokedKeyCannotBeRotated() {
        IssuedApiKey issued = keys.issue("gone", true);

        assertTrue(keys.revoke(issued.key().id()));

        ApiKey listed = keys.list().stream().filter(k -> k.id().equals(issued.key().id())).findFirst().orElseThrow();
        assertNotNull(listed.revokedAt());
        assertTrue(keys.rotate(issued.key().id(), Instant.now()).isEmpty());
    }

    @Test
    void aKeyCanJoinAnExistingAccountButNotAnUnknownOne() {
        IssuedApiKey owner = keys.issue("hospital", false);

        IssuedApiKey joined = keys.issue(new NewApiKey("hospital-ci", false, owner.key().account(), null, null));

        assertEquals(owner.key().account(), joined.key().account());
        assertThrows(IllegalArgumentException.class, () -> keys.issue(new NewApiKey("x", false, "no-such-account", null, null)));
    }
}

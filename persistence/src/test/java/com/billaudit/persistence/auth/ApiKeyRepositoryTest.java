package com.billaudit.persistence.auth;

import com.billaudit.persistence.FreshSchema;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeyRepositoryTest {
    @AutoClose
    private static final FreshSchema schema = FreshSchema.create();
    private static final ApiKeyRepository keys = new ApiKeyRepository(schema.database());

    @Test
    void anIssuedSecretAuthenticatesAsItsKey() {
        IssuedApiKey issued = keys.issue("dashboard", false);

        ApiKey found = keys.authenticate(issued.secret()).orElseThrow();

        assertEquals(issued.key(), found);
        assertEquals("dashboard", found.name());
        assertFalse(found.admin());
        assertTrue(issued.secret().length() >= 40);
    }

    @Test
    void onlyTheHashOfTheSecretIsStored() {
        IssuedApiKey issued = keys.issue("ops", true);

        String stored = schema.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT key_hash FROM api_keys WHERE id = :id").bind("id", issued.key().id()).mapTo(String.class).one());

        assertNotEquals(issued.secret(), stored);
        assertEquals(ApiKeyRepository.sha256(issued.secret()), stored);
        assertTrue(keys.authenticate(issued.secret()).orElseThrow().admin());
    }

    @Test
    void unknownOrRevokedSecretsDoNotAuthenticate() {
        IssuedApiKey issued = keys.issue("temporary", false);
        IssuedApiKey other = keys.issue("other", false);

        assertTrue(keys.authenticate("bak_guess").isEmpty());
        assertTrue(keys.authenticate("").isEmpty());
        assertTrue(keys.authenticate(null).isEmpty());
        assertTrue(keys.revoke(issued.key().id()));
        assertTrue(keys.authenticate(issued.secret()).isEmpty());
        assertTrue(keys.authenticate(other.secret()).isPresent());
        assertFalse(keys.revoke("no-such-key"));
        assertNotEquals(issued.secret(), other.secret());
    }
}

package com.billaudit.server.auth;

import com.billaudit.persistence.auth.ApiKey;
import com.billaudit.server.http.ApiException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthenticatorTest {
    private static final KeyLookup ONE_USER_KEY = secret -> "issued".equals(secret)
            ? Optional.of(new ApiKey("k-7", "clinic", false, Instant.EPOCH)) : Optional.empty();

    @Test
    void openModeMakesEveryoneAnAdminWithoutOwner() {
        Principal principal = new Authenticator(null, ONE_USER_KEY).authenticate(null);

        assertTrue(principal.admin());
        assertNull(principal.keyId());
    }

    @Test
    void masterKeyIsAdminAndIssuedKeyIsItsOwner() {
        Authenticator auth = new Authenticator("master", ONE_USER_KEY);

        assertEquals(Principal.MASTER, auth.authenticate("master"));
        Principal user = auth.authenticate("issued");
        assertEquals("k-7", user.keyId());
        assertEquals("k-7", user.ownerFilter());
        assertThrows(ApiException.Forbidden.class, user::requireAdmin);
    }

    @Test
    void missingOrUnknownKeyIsUnauthorized() {
        Authenticator auth = new Authenticator("master", ONE_USER_KEY);

        assertThrows(ApiException.Unauthorized.class, () -> auth.authenticate(null));
        assertThrows(ApiException.Unauthorized.class, () -> auth.authenticate("mastex"));
    }
}

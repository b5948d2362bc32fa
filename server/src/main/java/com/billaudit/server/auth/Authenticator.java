package com.billaudit.server.auth;

import com.billaudit.server.http.ApiException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Decides who a presented key belongs to: the master key (compared in constant time) is an
 * administrator, any other key is looked up; with no master key configured everyone is an admin.
 */
public final class Authenticator {
    private final byte[] masterKey;
    private final KeyLookup keys;

    /** @param masterKey null for open mode */
    public Authenticator(String masterKey, KeyLookup keys) {
        this.masterKey = masterKey == null ? null : masterKey.getBytes(StandardCharsets.UTF_8);
        this.keys = keys;
    }

    /** @param presented the key from the request, or null when none was sent */
    public Principal authenticate(String presented) {
        if (masterKey == null) {
            return Principal.MASTER;
        }
        if (presented == null || presented.isBlank()) {
            throw new ApiException.Unauthorized("Send an API key as 'Authorization: Bearer <key>' or 'X-API-Key'");
        }
        if (MessageDigest.isEqual(masterKey, presented.getBytes(StandardCharsets.UTF_8))) {
            return Principal.MASTER;
        }
        return keys.authenticate(presented)
                .map(key -> new Principal(key.id(), key.admin(), key.account(), key.requestsPerMinute()))
                .orElseThrow(() -> new ApiException.Unauthorized("The API key is not valid"));
    }
}

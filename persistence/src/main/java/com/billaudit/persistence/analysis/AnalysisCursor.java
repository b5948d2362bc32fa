package com.billaudit.persistence.analysis;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/** The keyset position after the last row of a page, as an opaque URL-safe string. */
record AnalysisCursor(Instant createdAt, UUID id) {
    private static final char SEPARATOR = '|';

    String encode() {
        String plain = createdAt.toString() + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when {@code cursor} was not made by {@link #encode()} */
    static AnalysisCursor decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = plain.indexOf(SEPARATOR);
            if (separator < 0) {
                throw new IllegalArgumentException("invalid cursor");
            }
            return new AnalysisCursor(Instant.parse(plain.substring(0, separator)),
                    UUID.fromString(plain.substring(separator + 1)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid cursor", e);
        }
    }
}

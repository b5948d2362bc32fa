package com.billaudit.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The test resources: fixture bills, reference lists, and the scheme built from those lists. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    /**
     * Creates scheme {@code code} (INR, 10 % tolerance) with the fixture tariff and non-payable
     * lists: the rulebook the fixture bills are written against.
     */
    static void scheme(Api admin, String code, String name) {
        assertEquals(201, admin.putJson("/v1/schemes/" + code,
                "{\"name\":\"" + name + "\",\"currency\":\"INR\",\"overchargeTolerance\":0.10}").status());
        assertEquals(200, admin.postCsv("/v1/schemes/" + code + "/tariffs", text("tariff.csv")).status());
        assertEquals(200, admin.postCsv("/v1/schemes/" + code + "/non-payable", text("non_payable.csv")).status());
    }
}

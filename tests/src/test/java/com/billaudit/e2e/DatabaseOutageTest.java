package com.billaudit.e2e;

import com.billaudit.persistence.DatabaseSettings;
import com.billaudit.persistence.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With PostgreSQL gone, uploads, reads and lists answer 503 with Retry-After, and at once: not 500 after a wait. */
class DatabaseOutageTest {
    private static final Duration AT_ONCE = Duration.ofSeconds(1);

    @Test
    void uploadsReadsAndListsAnswer503WithRetryAfterAtOnce() throws Exception {
        String master = "master-" + UUID.randomUUID();
        EmbeddedDatabase postgres = EmbeddedDatabase.start(Files.createTempDirectory("outage-pg"));
        boolean stopped = false;
        try {
            try (TestServer server = TestServer.start(Map.of("MASTER_API_KEY", master), url(postgres.settings()))) {
                Api api = new Api(server.baseUrl(), master);
                assertEquals(200, api.get("/v1/analyses").status());

                postgres.close();
                stopped = true;
                // the first caller finds PostgreSQL gone (a pooled connection cut off, or the pool's short timeout)
                assertEquals(503, api.get("/v1/analyses").status());

                assertUnavailableAtOnce(() -> api.get("/v1/analyses"));
                assertUnavailableAtOnce(() -> api.get("/v1/analyses/" + UUID.randomUUID()));
                assertUnavailableAtOnce(() -> api.upload("/v1/analyses", "bill.txt",
                        Fixtures.bytes("bills/discharge-summary.txt"), Map.of(), Map.of()));
                assertEquals(503, api.get("/health/readiness").status());
            }
        } finally {
            if (!stopped) {
                postgres.close();
            }
        }
    }

    private static void assertUnavailableAtOnce(java.util.function.Supplier<Api.Reply> request) {
        long start = System.nanoTime();
        Api.Reply reply = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(503, reply.status(), reply.text());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.header("Content-Type"));
        assertNotNull(reply.header("Retry-After"));
        assertTrue(took.compareTo(AT_ONCE) < 0, "answered after " + took);
    }

    private static String url(DatabaseSettings settings) throws Exception {
        String jdbc = settings.jdbcUrl();
        if (settings.user() != null && !jdbc.contains("user=")) {
            jdbc += (jdbc.contains("?") ? "&" : "?") + "user=" + settings.user();
        }
        try (Connection connection = DriverManager.getConnection(jdbc); Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
        return jdbc;
    }
}

package com.billaudit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keys for real use, against real PostgreSQL and Redis with two servers sharing both (two
 * replicas): rotation keeps the account's analyses, revocation and expiry shut a key out, and a
 * key's request budget is one count across the replicas.
 */
class ApiKeysContractTest {
    private static final String MASTER = "master-" + UUID.randomUUID();
    private static RedisServer embeddedRedis;
    private static TestServer replicaA;
    private static TestServer replicaB;
    private static Api adminA;

    @BeforeAll
    static void start() throws IOException {
        String redis = System.getenv("REDIS_URL");
        if (redis == null || redis.isBlank()) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            embeddedRedis = new RedisServer(port);
            embeddedRedis.start();
            redis = "redis://127.0.0.1:" + port;
        }
        String database = TestServer.freshDatabase();
        Map<String, String> env = Map.of("MASTER_API_KEY", MASTER, "REDIS_URL", redis, "WORKERS", "1");
        replicaA = TestServer.start(env, database);
        replicaB = TestServer.start(env, database);
        adminA = new Api(replicaA.baseUrl(), MASTER);
        adminA.putJson("/v1/schemes/KEYS", "{\"name\":\"Keys scheme\",\"currency\":\"INR\"}");
    }

    @AfterAll
    static void stop() throws IOException {
        replicaA.close();
        replicaB.close();
        if (embeddedRedis != null) {
            embeddedRedis.stop();
        }
    }

    @Test
    void aRotatedKeyKeepsTheAccountsAnalysesAndTheOldSecretStops() {
        JsonNode issued = adminA.postJson("/v1/api-keys", "{\"name\":\"clinic\"}").json();
        Api clinic = new Api(replicaA.baseUrl(), issued.get("key").asText());
        String analysis = clinic.upload("/v1/analyses", "bill.txt", Fixtures.bytes("bills/ledger-with-dates-duplicate-and-overcharge.txt"),
                Map.of("scheme", "KEYS"), Map.of()).json().get("id").asText();

        Api.Reply rotated = adminA.postJson("/v1/api-keys/" + issued.get("id").asText() + "/rotate", "{\"graceSeconds\":0}");

        assertEquals(201, rotated.status(), rotated.text());
        assertEquals(issued.get("account"), rotated.json().get("account"));
        Api renewed = new Api(replicaB.baseUrl(), rotated.json().get("key").asText());
        assertEquals(200, renewed.get("/v1/analyses/" + analysis).status(), "the account's analysis stays visible");
        assertEquals(1, renewed.get("/v1/analyses").json().get("items").size());
        assertEquals(401, clinic.get("/v1/analyses/" + analysis).status());
        assertEquals(401, new Api(replicaB.baseUrl(), issued.get("key").asText()).get("/v1/stats").status());
    }

    @Test
    void aRevokedKeyIsShutOutOnEveryReplicaAndListedAsInactive() {
        JsonNode issued = adminA.postJson("/v1/api-keys", "{\"name\":\"leaked\"}").json();
        Api leaked = new Api(replicaB.baseUrl(), issued.get("key").asText());
        assertEquals(200, leaked.get("/v1/stats").status());

        assertEquals(204, adminA.delete("/v1/api-keys/" + issued.get("id").asText()).status());

        assertEquals(401, leaked.get("/v1/stats").status());
        JsonNode listed = find(adminA.get("/v1/api-keys").json(), issued.get("id").asText());
        assertFalse(listed.get("active").asBoolean());
        assertFalse(listed.get("revokedAt").isNull());
        assertEquals(404, adminA.delete("/v1/api-keys/no-such-key").status());
        assertEquals(403, leaked.withKey(adminA.postJson("/v1/api-keys", "{\"name\":\"user\"}").json().get("key").asText())
                .get("/v1/api-keys").status(), "only admins list keys");
    }

    @Test
    void aKeyStopsWorkingWhenItExpires() throws InterruptedException {
        Instant expiry = Instant.now().plusSeconds(2);
        JsonNode issued = adminA.postJson("/v1/api-keys", "{\"name\":\"day-pass\",\"expiresAt\":\"" + expiry + "\"}").json();
        Api dayPass = new Api(replicaA.baseUrl(), issued.get("key").asText());
        assertEquals(200, dayPass.get("/v1/stats").status());

        int status = 200;
        while (status == 200 && Instant.now().isBefore(expiry.plusSeconds(10))) {
            Thread.sleep(200);
            status = dayPass.get("/v1/stats").status();
        }

        assertEquals(401, status);
        assertFalse(Instant.now().isBefore(expiry), "refused only once expired");
        assertEquals(400, adminA.postJson("/v1/api-keys", "{\"name\":\"past\",\"expiresAt\":\"2020-01-01T00:00:00Z\"}").status());
    }

    @Test
    void aKeysBudgetIsSharedByBothReplicasAndAnswers429WithRetryAfter() {
        JsonNode issued = adminA.postJson("/v1/api-keys", "{\"name\":\"metered\",\"requestsPerMinute\":6}").json();
        Api onA = new Api(replicaA.baseUrl(), issued.get("key").asText());
        Api onB = new Api(replicaB.baseUrl(), issued.get("key").asText());

        for (int i = 0; i < 3; i++) {
            assertEquals(200, onA.get("/v1/stats").status());
            assertEquals(200, onB.get("/v1/stats").status());
        }
        Api.Reply refused = onA.get("/v1/stats");

        assertEquals(429, refused.status());
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(429, onB.get("/v1/stats").status(), "the other replica counts the same budget");
        Api other = new Api(replicaB.baseUrl(), adminA.postJson("/v1/api-keys", "{\"name\":\"other\"}").json().get("key").asText());
        assertEquals(200, other.get("/v1/stats").status(), "other keys keep their own budget");
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode key : list.get("items")) {
            if (key.get("id").asText().equals(id)) {
                return key;
            }
        }
        throw new AssertionError("key " + id + " not listed");
    }
}

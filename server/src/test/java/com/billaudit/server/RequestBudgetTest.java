package com.billaudit.server;

import com.billaudit.server.config.HttpSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every /v1 key has a request budget, the master key included; the operations routes spend none. */
class RequestBudgetTest {
    private static final int MASTER_PER_MINUTE = 3;
    private static final int KEY_PER_MINUTE = 5;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(new HttpSettings("127.0.0.1", 0, TestServer.MASTER_KEY, TestServer.MAX_UPLOAD, "TEST",
                List.of(), KEY_PER_MINUTE, MASTER_PER_MINUTE, HttpSettings.DEFAULT_CONCURRENT_UPLOADS));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theMasterKeyHasItsOwnBudgetAndIsRefusedPastItWithRetryAfter() throws Exception {
        for (int i = 0; i < MASTER_PER_MINUTE; i++) {
            assertEquals(404, server.get("/v1/analyses/not-a-uuid", TestServer.MASTER_KEY).statusCode());
            assertEquals(200, server.get("/health", null).statusCode(), "operations routes are outside every budget");
        }

        HttpResponse<String> refused = server.get("/v1/analyses/not-a-uuid", TestServer.MASTER_KEY);

        assertEquals(429, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(refused.body().contains("The master key may make 3 requests a minute"), refused.body());
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(404, server.get("/v1/analyses/not-a-uuid", TestServer.USER_KEY).statusCode(),
                "an issued key keeps its own budget");
    }
}

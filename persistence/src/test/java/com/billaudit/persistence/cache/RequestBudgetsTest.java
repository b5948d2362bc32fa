package com.billaudit.persistence.cache;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Request budgets: one count for all replicas through Redis (the one in REDIS_URL, else embedded). */
class RequestBudgetsTest {
    private static RedisServer embedded;
    private static Cache replicaA;
    private static Cache replicaB;

    @BeforeAll
    static void connect() throws IOException {
        String url = System.getenv("REDIS_URL");
        if (url == null || url.isBlank()) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            embedded = new RedisServer(port);
            embedded.start();
            url = "redis://127.0.0.1:" + port;
        }
        replicaA = Caches.connect(url);
        replicaB = Caches.connect(url);
    }

    @AfterAll
    static void close() throws IOException {
        replicaA.close();
        replicaB.close();
        if (embedded != null) {
            embedded.stop();
        }
    }

    @Test
    void twoReplicasSpendOneBudgetPerKey() {
        RequestBudgets a = Caches.requestBudgets(replicaA);
        RequestBudgets b = Caches.requestBudgets(replicaB);
        String key = "test-" + UUID.randomUUID();

        for (int i = 0; i < 3; i++) {
            assertTrue(a.spend(key, 6).allowed());
            assertTrue(b.spend(key, 6).allowed());
        }
        RequestBudgets.Spend refused = (a.spend(key, 6));

        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertTrue(refused.retryAfterMillis() > 0 && refused.retryAfterMillis() <= 60_000, "" + refused.retryAfterMillis());
        assertTrue(b.spend("other-" + key, 6).allowed(), "every key has its own budget");
    }

    @Test
    void inOneProcessTheBudgetIsRenewedWhenItsMinuteEnds() {
        AtomicLong now = new AtomicLong(1_000_000);
        RequestBudgets budgets = new InProcessRequestBudgets(now::get);

        assertTrue(budgets.spend("k", 2).allowed());
        now.addAndGet(10_000);
        assertTrue(budgets.spend("k", 2).allowed());
        RequestBudgets.Spend refused = budgets.spend("k", 2);
        assertFalse(refused.allowed());
        assertEquals(50_000, refused.retryAfterMillis());

        now.addAndGet(50_000);
        assertTrue(budgets.spend("k", 2).allowed());
    }
}

package com.billaudit.e2e;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An accepted upload is never lost: accepted by a process with no workers (as if it died right
 * after answering), it is completed by the next process that starts on the same database.
 */
class RestartRecoveryTest {

    @Test
    void anAnalysisAcceptedBeforeARestartIsCompletedAfterIt() throws InterruptedException {
        String master = "master-" + UUID.randomUUID();
        String database = TestServer.freshDatabase();
        String id;
        try (TestServer accepting = TestServer.start(Map.of("MASTER_API_KEY", master, "WORKERS", "0"), database)) {
            Api api = new Api(accepting.baseUrl(), master);
            Api.Reply reply = api.upload("/v1/analyses", "bill.txt",
                    Fixtures.bytes("bills/ledger-with-dates-duplicate-and-overcharge.txt"), Map.of(), Map.of());
            assertEquals(202, reply.status(), reply.text());
            id = reply.json().get("id").asText();
            assertEquals("queued", api.get("/v1/analyses/" + id).json().get("status").asText());
        }
        try (TestServer restarted = TestServer.start(Map.of("MASTER_API_KEY", master), database)) {
            Api api = new Api(restarted.baseUrl(), master);
            assertEquals("completed", Polling.untilFinished(api, id).get("status").asText());
        }
    }
}

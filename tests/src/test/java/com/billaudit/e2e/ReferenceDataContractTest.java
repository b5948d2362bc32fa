package com.billaudit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reference data end to end: the bundled schemes on a fresh start, and two servers sharing one
 * PostgreSQL and one Redis (REDIS_URL when set, else an embedded one), where a tariff imported
 * through one is used by the next analysis on the other, with no restart.
 */
class ReferenceDataContractTest {
    private static final String MASTER = "master-" + UUID.randomUUID();
    private static RedisServer embeddedRedis;
    private static String redisUrl;
    private static String database;
    /** Takes uploads and imports only (WORKERS=0): every analysis runs on the worker. */
    private static TestServer front;
    private static TestServer worker;
    private static Api viaFront;
    private static Api viaWorker;

    @BeforeAll
    static void start() throws IOException {
        redisUrl = System.getenv("REDIS_URL");
        if (redisUrl == null || redisUrl.isBlank()) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            embeddedRedis = new RedisServer(port);
            embeddedRedis.start();
            redisUrl = "redis://127.0.0.1:" + port;
        }
        database = TestServer.freshDatabase();
        front = TestServer.start(Map.of("MASTER_API_KEY", MASTER, "REDIS_URL", redisUrl, "WORKERS", "0"), database);
        worker = TestServer.start(Map.of("MASTER_API_KEY", MASTER, "REDIS_URL", redisUrl, "WORKERS", "1"), database);
        viaFront = new Api(front.baseUrl(), MASTER);
        viaWorker = new Api(worker.baseUrl(), MASTER);
    }

    @AfterAll
    static void stop() throws IOException {
        if (front != null) {
            front.close();
        }
        if (worker != null) {
            worker.close();
        }
        if (embeddedRedis != null) {
            embeddedRedis.stop();
        }
    }

    @Test
    void aFreshStartListsTheBundledSchemesWithTheirRowCounts() {
        JsonNode items = viaFront.get("/v1/schemes").json().get("items");

        JsonNode cghs = scheme(items, "CGHS");
        JsonNode nppa = scheme(items, "NPPA");
        assertTrue(cghs.get("tariffRows").asInt() > 300, cghs.toString());
        assertTrue(cghs.get("nonPayableRows").asInt() > 100, cghs.toString());
        assertEquals(140, nppa.get("tariffRows").asInt());
        assertEquals("bundled", cghs.at("/tariffVersions/0/origin").asText());
        assertTrue(cghs.at("/tariffVersions/0/inForce").asBoolean());
        assertEquals(1, viaWorker.get("/v1/schemes").json().get("items").size() - items.size() + 1,
                "the second server seeded nothing twice");
    }

    @Test
    void aMedicineAboveItsCeilingIsFoundThroughItsBrandName() {
        String bill = """
                         CITY MEDICALS (PHARMACY)
                Bill No: PH-2211                      Date: 02/05/2025

                Item                              Qty      Rate      Amount
                Tab Dolo 650                       10      3.50       35.00
                DOLO-650 TAB 15'S                   2     45.00       90.00
                                                   Grand Total       125.00
                """;
        JsonNode analysis = analyse(viaWorker, bill, "CGHS");

        JsonNode perTablet = analysis.at("/lineItems/0/match");
        JsonNode perStrip = analysis.at("/lineItems/1/match");
        assertEquals("Paracetamol 650 mg Tablet", perTablet.get("name").asText(), analysis.toString());
        assertMoney("2.04", perTablet.get("rate"));
        assertMoney("30.60", perStrip.get("rate"));
        assertEquals(2, count(analysis, "OVERCHARGE"), analysis.get("findings").toString());
        assertEquals(1, analysis.at("/rulebook/tariffVersion").asInt());
        assertEquals("2025-05-02", analysis.at("/rulebook/appliedOn").asText());
    }

    @Test
    void anImportOnOneServerChangesTheNextAnalysisOnTheOther() {
        String code = "TWO" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertEquals(201, viaFront.putJson("/v1/schemes/" + code,
                "{\"name\":\"Two servers\",\"currency\":\"INR\",\"overchargeTolerance\":0.10}").status());
        importTariff(code, "500.00", "2025-01-01");
        String bill = consultationBill("14/03/2025", "400.00");

        JsonNode before = analyse(viaWorker, bill, code);
        importTariff(code, "300.00", "2025-01-01");
        JsonNode after = analyse(viaWorker, bill, code);

        assertEquals(0, count(before, "OVERCHARGE"), before.get("findings").toString());
        assertEquals(1, before.at("/rulebook/tariffVersion").asInt());
        assertEquals(1, count(after, "OVERCHARGE"), after.get("findings").toString());
        assertEquals(2, after.at("/rulebook/tariffVersion").asInt());
        assertMoney("300.00", after.at("/lineItems/0/match/rate"));
    }

    @Test
    void aBillIsAuditedAgainstTheTariffInForceOnItsDate() {
        String code = "DATED" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        viaFront.putJson("/v1/schemes/" + code, "{\"name\":\"Dated\",\"currency\":\"INR\"}");
        importTariff(code, "400.00", "2025-01-01");
        importTariff(code, "250.00", "2025-06-01");

        JsonNode march = analyse(viaWorker, consultationBill("14/03/2025", "400.00"), code);
        JsonNode july = analyse(viaWorker, consultationBill("01/07/2025", "400.00"), code);

        assertEquals(1, march.at("/rulebook/tariffVersion").asInt());
        assertEquals("2025-01-01", march.at("/rulebook/effectiveFrom").asText());
        assertEquals(0, count(march, "OVERCHARGE"));
        assertEquals(2, july.at("/rulebook/tariffVersion").asInt());
        assertEquals("2025-06-01", july.at("/rulebook/effectiveFrom").asText());
        assertEquals(1, count(july, "OVERCHARGE"));
        JsonNode versions = scheme(viaFront.get("/v1/schemes").json().get("items"), code).get("tariffVersions");
        assertEquals(2, versions.size());
        assertEquals("2025-06-01", versions.get(1).get("effectiveFrom").asText());
    }

    @Test
    void aBadEffectiveDateIsTheClientsErrorAndChangesNothing() {
        Api.Reply reply = viaFront.postCsv("/v1/schemes/CGHS/tariffs?effectiveFrom=01-06-2025", tariff("100.00"));

        assertEquals(400, reply.status());
        assertEquals(1, scheme(viaFront.get("/v1/schemes").json().get("items"), "CGHS").get("tariffVersions").size());
    }

    private static void importTariff(String code, String rate, String effectiveFrom) {
        Api.Reply reply = viaFront.postCsv("/v1/schemes/" + code + "/tariffs?effectiveFrom=" + effectiveFrom, tariff(rate));
        assertEquals(200, reply.status(), reply.text());
        assertEquals(effectiveFrom, reply.json().get("effectiveFrom").asText());
    }

    private static String tariff(String consultationRate) {
        return "code,name,rate,unit,category,aliases,region,effective_from\n"
                + "C001,Consultation - General Physician," + consultationRate + ",per visit,consultation,,,\n";
    }

    private static String consultationBill(String date, String price) {
        return """
                         GREEN VALLEY CLINIC
                Bill Date: %s

                Date        Particulars                          Qty      Rate      Amount
                %s  Consultation - General Physician       1    %s      %s
                                                   Grand Total           %s
                """.formatted(date, date, price, price, price);
    }

    private static JsonNode analyse(Api api, String bill, String scheme) {
        Api.Reply reply = api.upload("bill.txt", bill.getBytes(StandardCharsets.UTF_8), Map.of("scheme", scheme));
        assertEquals(200, reply.status(), reply.text());
        JsonNode analysis = reply.json();
        assertEquals("completed", analysis.get("status").asText(), analysis.toString());
        return analysis;
    }

    private static void assertMoney(String expected, JsonNode actual) {
        assertEquals(0, new java.math.BigDecimal(expected).compareTo(actual.decimalValue()), expected + " vs " + actual);
    }

    private static int count(JsonNode analysis, String type) {
        int n = 0;
        for (JsonNode finding : analysis.get("findings")) {
            n += finding.get("type").asText().equals(type) ? 1 : 0;
        }
        return n;
    }

    private static JsonNode scheme(JsonNode items, String code) {
        for (JsonNode item : items) {
            if (item.get("code").asText().equals(code)) {
                return item;
            }
        }
        assertFalse(true, "no scheme " + code + " in " + items);
        return null;
    }
}

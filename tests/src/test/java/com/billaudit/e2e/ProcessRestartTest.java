package com.billaudit.e2e;

import com.billaudit.persistence.Database;
import com.billaudit.persistence.DatabaseSettings;
import com.billaudit.persistence.analysis.AnalysisRepository;
import com.billaudit.persistence.analysis.AnalysisStatus;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service stopped as an operating system stops it, then started again on the same database:
 * SIGTERM while a scan is being read hands the analysis back to the queue (not failed) and it
 * completes after the restart; SIGKILL in the middle of a batch loses no accepted upload.
 */
class ProcessRestartTest {
    private static final String MASTER = "master-" + UUID.randomUUID();
    /**
     * No grace: SIGTERM interrupts the reading at once. A short lease: work a killed process held
     * comes back in seconds. No bundled reference data: each start is quicker, and no bill here needs it.
     */
    private static final Map<String, String> ENV = Map.of("MASTER_API_KEY", MASTER, "WORKERS", "2",
            "JOB_LEASE_SECONDS", "4", "SHUTDOWN_GRACE_SECONDS", "0", "REFERENCE_SEED", "false");
    private static final int BATCH = 8;

    @Test
    void sigtermDuringOcrHandsTheScanBackAndSigkillDuringABatchLosesNothing() throws Exception {
        String database = TestServer.freshDatabase();
        String scan;
        try (ChildServer first = ChildServer.start(ENV, database)) {
            Api api = new Api(first.baseUrl(), MASTER);
            scan = accepted(api.upload("/v1/analyses", "scan.png", scannedBill(), Map.of(), Map.of()));
            awaitBeingRead(api, scan);

            first.terminate();
        }
        assertEquals(AnalysisStatus.QUEUED, storedStatus(database, scan), "handed back to the queue, not failed");

        List<String> batch = new ArrayList<>();
        try (ChildServer second = ChildServer.start(ENV, database)) {
            Api api = new Api(second.baseUrl(), MASTER);
            for (int i = 0; i < BATCH; i++) {
                batch.add(accepted(api.upload("/v1/analyses", "bill-" + i + ".txt",
                        Fixtures.bytes("bills/ledger-with-dates-duplicate-and-overcharge.txt"), Map.of(), Map.of())));
            }
            // the scan, claimed again at start-up, is still being read: the batch is mid-way
            assertEquals("processing", api.get("/v1/analyses/" + scan).json().get("status").asText());

            second.kill();
        }

        try (ChildServer third = ChildServer.start(ENV, database)) {
            Api api = new Api(third.baseUrl(), MASTER);
            JsonNode read = Polling.untilFinished(api, scan);
            assertEquals("completed", read.get("status").asText(), read.toString());
            for (String id : batch) {
                JsonNode analysis = Polling.untilFinished(api, id);
                assertEquals("completed", analysis.get("status").asText(), analysis.toString());
            }
        }
    }

    private static String accepted(Api.Reply reply) {
        assertEquals(202, reply.status(), reply.text());
        return reply.json().get("id").asText();
    }

    /** Waits until a worker is reading the document (OCR runs in intake). */
    private static void awaitBeingRead(Api api, String id) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode analysis = api.get("/v1/analyses/" + id).json();
            if (analysis.get("status").asText().equals("processing") && analysis.at("/progress/stage").asText().equals("intake")) {
                return;
            }
            assertTrue(analysis.get("status").asText().matches("queued|processing"), analysis.toString());
            Thread.sleep(50);
        }
        throw new AssertionError("analysis " + id + " was not being read within 60 s");
    }

    private static AnalysisStatus storedStatus(String databaseUrl, String id) {
        try (Database database = Database.open(new DatabaseSettings(databaseUrl, null, null, 2))) {
            return new AnalysisRepository(database).status(UUID.fromString(id)).orElseThrow();
        }
    }

    /** The ledger fixture printed on a 300-dpi A4 page: a scan only OCR can read. */
    private static byte[] scannedBill() throws IOException {
        BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, page.getWidth(), page.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 34));
            int y = 250;
            for (String line : Fixtures.text("bills/ledger-with-dates-duplicate-and-overcharge.txt").split("\n")) {
                g.drawString(line, 120, y);
                y += 60;
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(page, "png", out);
        return out.toByteArray();
    }
}

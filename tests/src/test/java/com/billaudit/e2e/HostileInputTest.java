package com.billaudit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Documents built to stop the service, sent to a server with two workers: each is refused at the
 * door with a 4xx problem or ends as a failed analysis with an error code (or, clipped, completes);
 * none is left running, a valid bill sent after them all completes, and both workers are alive.
 */
class HostileInputTest {
    @RegisterExtension
    static final SharedServer server = new SharedServer(Map.of("WORKERS", "2"));
    private static final Map<String, String> SCHEME = Map.of("scheme", "HOSTILE");
    private static Api admin;

    @BeforeAll
    static void start() {
        admin = server.admin();
        admin.putJson("/v1/schemes/HOSTILE", "{\"name\":\"Hostile\",\"currency\":\"INR\",\"overchargeTolerance\":0.10}");
        assertEquals(200, admin.postCsv("/v1/schemes/HOSTILE/tariffs", Fixtures.text("tariff.csv")).status());
    }

    @Test
    void pathologicalDocumentsAreRefusedOrFailAndAValidBillStillCompletes() throws Exception {
        Map<String, byte[]> hostile = new LinkedHashMap<>();
        hostile.put("digit-run.txt", ("FINAL BILL\n1 Consultation " + "1.2.3.4.5.6".repeat(4_400) + " 500.00\n")
                .getBytes(StandardCharsets.US_ASCII));
        hostile.put("one-line.txt", "A".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII));
        hostile.put("columns.txt", ("Item" + " | 1.00".repeat(100_000) + "\n").getBytes(StandardCharsets.US_ASCII));
        hostile.put("form-feeds.txt", "1 Consultation 1 100.00 100.00\f".repeat(600_000)
                .getBytes(StandardCharsets.US_ASCII));
        hostile.put("nested-objects.pdf", pdf(List.of("<< /Type /Catalog /Pages 2 0 R /Junk "
                        + "[".repeat(100_000) + "]".repeat(100_000) + " >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>")));
        hostile.put("deep-page-tree.pdf", deepPageTree(20_000));
        hostile.put("content-bomb.pdf", contentBomb());
        hostile.put("digit-run.pdf", digitRunPdf());
        hostile.put("cyclic.tiff", cyclicTiff());

        List<String> queued = new ArrayList<>();
        for (Map.Entry<String, byte[]> upload : hostile.entrySet()) {
            Api.Reply reply = admin.upload("/v1/analyses", upload.getKey(), upload.getValue(), SCHEME, Map.of());
            if (reply.status() >= 400) {
                assertTrue(reply.status() < 500, upload.getKey() + " answered " + reply.status());
                assertEquals("application/problem+json", reply.header("Content-Type"), upload.getKey());
            } else {
                assertEquals(202, reply.status(), upload.getKey());
                queued.add(upload.getKey() + "=" + reply.json().get("id").asText());
            }
        }
        for (String entry : queued) {
            String name = entry.substring(0, entry.indexOf('='));
            JsonNode analysis = Polling.untilFinished(admin, entry.substring(entry.indexOf('=') + 1));
            if (analysis.get("status").asText().equals("failed")) {
                assertFalse(analysis.at("/error/code").asText().isBlank(), name + " failed without an error code");
            } else {
                assertTrue(name.equals("digit-run.pdf"), name + " was expected to fail, not to complete");
            }
        }
        assertTrue(queued.stream().anyMatch(entry -> entry.startsWith("content-bomb.pdf=")),
                "the content bomb passes the door (a cheap check does not inflate streams) and fails in intake");

        Api.Reply valid = admin.upload("/v1/analyses?wait=30", "bill.txt",
                Fixtures.bytes("bills/ledger-with-dates-duplicate-and-overcharge.txt"), SCHEME, Map.of());
        assertEquals(200, valid.status(), valid.text());
        assertEquals("completed", valid.json().get("status").asText());
        assertEquals(200, admin.get("/health/liveness").status());
        JsonNode health = admin.get("/health").json();
        assertEquals(2, health.at("/workers/configured").asInt(), health.toString());
        assertEquals(2, health.at("/workers/alive").asInt(), "no document killed a worker: " + health);
        assertEquals(200, admin.get("/health/readiness").status());
    }

    @Test
    void malformedMultipartIsTheClientsMistake() {
        byte[] part = ("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhello\r\n--x--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        assertProblem(400, admin.post("/v1/analyses", "multipart/form-data", part));
        byte[] unterminated = ("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n"
                + "1 Consultation 1 100.00 100.00\n").getBytes(StandardCharsets.US_ASCII);
        assertProblem(400, admin.post("/v1/analyses", "multipart/form-data; boundary=x", unterminated));
        byte[] longHeaders = ("--x\r\nContent-Disposition: form-data; name=\"" + "f".repeat(20_000) + "\"\r\n\r\nv\r\n--x--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        assertProblem(400, admin.post("/v1/analyses", "multipart/form-data; boundary=x", longHeaders));
    }

    @Test
    void aFileNameOfTenThousandCharactersIsAcceptedAndCut() {
        Api.Reply reply = admin.upload("/v1/analyses?wait=30", "a".repeat(10_000) + ".txt",
                Fixtures.bytes("bills/ledger-with-dates-duplicate-and-overcharge.txt"), SCHEME, Map.of());

        assertEquals(200, reply.status(), reply.text());
        assertEquals("a".repeat(255), reply.json().at("/document/fileName").asText());
    }

    @Test
    void aFileNameIsStoredInUtf8WithoutControlOrInvisibleCharacters() {
        Api.Reply reply = admin.upload("/v1/analyses?wait=30", "Rechnung-M\u00e4rz\u202E\u200B.\tfinal.txt",
                Fixtures.bytes("bills/ledger-with-dates-duplicate-and-overcharge.txt"), SCHEME, Map.of());

        assertEquals(200, reply.status(), reply.text());
        assertEquals("Rechnung-M\u00e4rz.final.txt", reply.json().at("/document/fileName").asText());
    }

    @Test
    void aTariffThatIsNotUtf8OrHoldsRatesNoColumnFitsIsRefusedByRow() {
        String header = "code,name,rate,unit,category,aliases,region,effective_from\n";
        byte[] latin1 = (header + "H1,Caf\u00e9 visit,100,per visit,consultation,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        Api.Reply notUtf8 = admin.post("/v1/schemes/HOSTILE/tariffs", "text/csv", latin1);
        assertProblem(422, notUtf8);
        assertEquals(2, notUtf8.json().at("/errors/0/line").asInt());

        for (String rate : List.of("1e308", "1e100000000", "99999999999.00")) {
            Api.Reply reply = admin.post("/v1/schemes/HOSTILE/tariffs", "text/csv",
                    (header + "H1,Visit," + rate + ",per visit,consultation,,,\n").getBytes(StandardCharsets.UTF_8));
            assertProblem(422, reply);
            assertEquals(2, reply.json().at("/errors/0/line").asInt(), rate);
        }
    }

    private static void assertProblem(int status, Api.Reply reply) {
        assertEquals(status, reply.status(), reply.text());
        assertNotNull(reply.json().get("title"), reply.text());
    }

    /** A page tree {@code depth} levels deep above one page of text. */
    private static byte[] deepPageTree(int depth) {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        for (int i = 0; i < depth; i++) {
            objects.add("<< /Type /Pages /Kids [" + (3 + i) + " 0 R] /Count 1 >>");
        }
        objects.add("<< /Type /Page /MediaBox [0 0 612 792] >>");
        return pdf(objects);
    }

    /** One page whose small content stream inflates to millions of glyphs. */
    private static byte[] contentBomb() {
        String content = "BT /F1 1 Tf 10 10 Td\n" + "(AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA) Tj\n".repeat(200_000) + "ET";
        byte[] compressed = deflate(content.getBytes(StandardCharsets.US_ASCII));
        return pdf(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + compressed.length + " /Filter /FlateDecode >>\nstream\n"
                        + new String(compressed, StandardCharsets.ISO_8859_1) + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
    }

    /** A text-layer PDF whose one line is a 30,000-character run of digits and dots (under the glyph cap). */
    private static byte[] digitRunPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(20, 700);
                content.showText("Total " + "1.2".repeat(10_000));
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A 1x1 TIFF whose next-page pointer points back at its own directory. */
    private static byte[] cyclicTiff() {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 256).putShort((short) 3).putInt(1).putInt(1);
        tiff.putInt(8);
        return tiff.array();
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    /** A PDF of the given objects (1..n, the first the catalog) with a correct cross-reference table. */
    private static byte[] pdf(List<String> objects) {
        StringBuilder out = new StringBuilder("%PDF-1.7\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.length());
            out.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> out.append(String.format("%010d 00000 n \n", offset)));
        out.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}

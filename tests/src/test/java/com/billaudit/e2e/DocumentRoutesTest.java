package com.billaudit.e2e;

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
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The uploaded document comes back as it was sent, to its owner only, and a PDF's pages as images. */
class DocumentRoutesTest {
    @RegisterExtension
    static final SharedServer server = new SharedServer();
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};
    private static Api admin;

    @BeforeAll
    static void start() {
        admin = server.admin();
        admin.putJson("/v1/schemes/DOC", "{\"name\":\"Documents\",\"currency\":\"INR\"}");
    }

    @Test
    void theOwnerGetsTheBytesBackOthersDoNotAndDeleteRemovesThem() {
        Api owner = keyed("owner");
        byte[] bill = Fixtures.bytes("bills/ledger-with-dates-duplicate-and-overcharge.txt");
        String id = owner.upload("bill.txt", bill, Map.of("scheme", "DOC")).json().get("id").asText();

        Api.Reply document = owner.get("/v1/analyses/" + id + "/document");

        assertEquals(200, document.status());
        assertTrue(document.header("Content-Type").startsWith("text/plain"), document.header("Content-Type"));
        assertArrayEquals(bill, document.body());
        assertEquals(404, keyed("stranger").get("/v1/analyses/" + id + "/document").status());
        assertEquals(404, owner.get("/v1/analyses/" + id + "/document/pages/1").status(), "a text file has no pages");
        assertEquals(204, owner.delete("/v1/analyses/" + id).status());
        assertEquals(404, owner.get("/v1/analyses/" + id + "/document").status());
    }

    @Test
    void aDocumentOfManyChunksComesBackByteForByte() {
        // lines of differing content: a chunk sent from the wrong offset cannot match by chance
        StringBuilder text = new StringBuilder("FINAL BILL\n");
        for (int line = 1; text.length() < 1_200_000; line++) {
            text.append(line).append(" Item ").append("x".repeat(line % 1_500)).append(" 1 100.00 100.00\n");
        }
        byte[] bill = text.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Api.Reply upload = admin.upload("/v1/analyses", "long.txt", bill, Map.of("scheme", "DOC"), Map.of());
        assertEquals(202, upload.status(), upload.text());

        Api.Reply document = admin.get("/v1/analyses/" + upload.json().get("id").asText() + "/document");

        assertEquals(200, document.status());
        assertEquals(Integer.toString(bill.length), document.header("Content-Length"));
        assertArrayEquals(bill, document.body());
    }

    @Test
    void aPdfPageIsRenderedAsAPngImage() throws IOException {
        String id = admin.upload("bill.pdf", onePagePdf("Consultation 500.00"), Map.of("scheme", "DOC")).json().get("id").asText();

        Api.Reply page = admin.get("/v1/analyses/" + id + "/document/pages/1");

        assertEquals(200, page.status());
        assertEquals("image/png", page.header("Content-Type"));
        assertArrayEquals(PNG_MAGIC, Arrays.copyOf(page.body(), 4));
        assertEquals(404, admin.get("/v1/analyses/" + id + "/document/pages/2").status());
        assertEquals("application/pdf", admin.get("/v1/analyses/" + id + "/document").header("Content-Type"));
    }

    private static Api keyed(String name) {
        return new Api(server.baseUrl(), admin.postJson("/v1/api-keys", "{\"name\":\"" + name + "\"}").json().get("key").asText());
    }

    private static byte[] onePagePdf(String text) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }
}

package com.billaudit.server;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The upload checks that answer before anything is stored. */
class UploadRoutesTest {
    private static final String BOUNDARY = "test-boundary-7f3a";
    @AutoClose
    private static final TestServer server = new TestServer();

    @Test
    void declaredLengthOverTheLimitIs413() throws Exception {
        byte[] body = multipart("file", "big.txt", "a".repeat(200 * 1024).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = upload("", HttpRequest.BodyPublishers.ofByteArray(body));

        assertEquals(413, response.statusCode());
        assertEquals(413, server.json(response).get("status").asInt());
    }

    @Test
    void chunkedFileOverTheLimitIs413WhileReading() throws Exception {
        byte[] body = multipart("file", "big.txt", "a".repeat((int) TestServer.MAX_UPLOAD + 10).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = upload("",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertEquals(413, response.statusCode());
    }

    @Test
    void chunkedFormOfManyPartsOverTheLimitIs413() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        // each part within the cap, together far over it and the form's overhead
        byte[] part = "a".repeat((int) TestServer.MAX_UPLOAD - 24).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 100; i++) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"extra" + i + "\"\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(multipart("file", "bill.txt", "Consultation 500.00".getBytes(StandardCharsets.UTF_8)));

        HttpResponse<String> response = upload("",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.toByteArray())));

        assertEquals(413, response.statusCode());
    }

    @Test
    void bytesOfNoKnownTypeAre415() throws Exception {
        byte[] body = multipart("file", "bill.pdf", new byte[] {0, 1, 2, 3, 4});

        HttpResponse<String> response = upload("", HttpRequest.BodyPublishers.ofByteArray(body));

        assertEquals(415, response.statusCode());
        assertTrue(server.json(response).get("detail").asText().contains("unknown type"));
    }

    @Test
    void waitOutOfRangeIs400() throws Exception {
        byte[] body = multipart("file", "bill.txt", "Consultation 500.00".getBytes(StandardCharsets.UTF_8));

        assertEquals(400, upload("?wait=61", HttpRequest.BodyPublishers.ofByteArray(body)).statusCode());
        assertEquals(400, upload("?wait=soon", HttpRequest.BodyPublishers.ofByteArray(body)).statusCode());
    }

    @Test
    void formWithoutFilePartIs400() throws Exception {
        byte[] body = multipart("reference", null, "my-label".getBytes(StandardCharsets.UTF_8));

        assertEquals(400, upload("", HttpRequest.BodyPublishers.ofByteArray(body)).statusCode());
    }

    @Test
    void nonMultipartBodyIs415() throws Exception {
        HttpResponse<String> response = server.send(server.request("/v1/analyses")
                .header("Authorization", "Bearer " + TestServer.MASTER_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertEquals(415, response.statusCode());
    }

    private static HttpResponse<String> upload(String query, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return server.send(server.request("/v1/analyses" + query)
                .header("Authorization", "Bearer " + TestServer.MASTER_KEY)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(body).build());
    }

    private static byte[] multipart(String field, String fileName, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String disposition = "Content-Disposition: form-data; name=\"" + field + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"");
        out.write(("--" + BOUNDARY + "\r\n" + disposition + "\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}

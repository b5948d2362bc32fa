package com.billaudit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A small HTTP client for the service's API, as an outside client sees it. */
final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String key;

    Api(String baseUrl, String key) {
        this.baseUrl = baseUrl;
        this.key = key;
    }

    Api withKey(String otherKey) {
        return new Api(baseUrl, otherKey);
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    Reply putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Reply postCsv(String path, String csv) {
        return send(request(path).header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    /** Uploads {@code content} as the multipart field {@code file} with the given text fields. */
    Reply upload(String path, String fileName, byte[] content, Map<String, String> fields, Map<String, String> headers) {
        String boundary = "----e2e" + UUID.randomUUID();
        HttpRequest.Builder builder = request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fileName, content, fields)));
        headers.forEach(builder::header);
        return send(builder);
    }

    Reply upload(String fileName, byte[] content, Map<String, String> fields) {
        return upload("/v1/analyses?wait=30", fileName, content, fields, Map.of());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(90));
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        return builder;
    }

    /** Sends the request; every answer is checked against the service's openapi.json before a test sees it. */
    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Reply reply = new Reply(response.statusCode(), response.headers().map(), response.body());
            OpenApiContract.get().check(request.method(), request.uri().getRawPath(), reply.status(),
                    reply.header("Content-Type"), reply.body());
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] multipart(String boundary, String fileName, byte[] content, Map<String, String> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> ordered = new LinkedHashMap<>(fields);
        ordered.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    record Reply(int status, Map<String, java.util.List<String>> headers, byte[] body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst().orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}

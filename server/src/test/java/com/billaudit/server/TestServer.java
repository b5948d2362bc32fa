package com.billaudit.server;

import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentReader;
import com.billaudit.persistence.auth.ApiKey;
import com.billaudit.server.auth.Authenticator;
import com.billaudit.server.config.HttpSettings;
import com.billaudit.server.http.Json;
import com.billaudit.server.http.Responses;
import com.billaudit.server.metrics.Metrics;
import com.billaudit.server.ops.HealthProbes;
import com.billaudit.server.worker.WorkSignal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.WebServer;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real WebServer on a free port with Main's route table. The database-backed repositories are
 * absent (null): tests reach only what is decided before storage is touched.
 */
final class TestServer implements AutoCloseable {
    static final String MASTER_KEY = "master-secret-for-tests";
    static final String USER_KEY = "user-secret-for-tests";
    static final long MAX_UPLOAD = 1024;

    final Metrics metrics = new Metrics();
    final AtomicBoolean databaseUp = new AtomicBoolean(true);
    final AtomicBoolean ocrUp = new AtomicBoolean(true);
    final AtomicBoolean cacheUp = new AtomicBoolean(true);
    /** Two workers configured; the tests decide how many are alive. */
    final AtomicInteger workersAlive = new AtomicInteger(2);
    final ObjectMapper mapper = Json.mapper();
    final Components components;
    private final WebServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    TestServer() {
        this(java.util.List.of());
    }

    /** @param corsOrigins origins whose pages may call the API */
    TestServer(java.util.List<String> corsOrigins) {
        this(new HttpSettings("127.0.0.1", 0, MASTER_KEY, MAX_UPLOAD, "TEST", corsOrigins));
    }

    /** @param http settings whose master key must be {@link #MASTER_KEY} */
    TestServer(HttpSettings http) {
        components = new Components(http,
                new BigDecimal("0.10"), mapper, new Responses(mapper), new Authenticator(MASTER_KEY, TestServer::lookup),
                metrics, new HealthProbes(this::pingDatabase, this::pingCache, "in-process", ocrUp::get,
                com.billaudit.server.ops.LlmStatus.disabled(), "test", workers(), () -> java.time.Duration.ofSeconds(42)), () -> 7,
                new PrintableTextReader(), null, null, null, new WorkSignal(1), null, Clock.systemUTC());
        server = WebServer.builder().host("127.0.0.1").port(0).shutdownHook(false)
                .routing(routing -> Main.routing(routing, components)).build().start();
    }

    private com.billaudit.server.worker.WorkerStatus workers() {
        return new com.billaudit.server.worker.WorkerStatus() {
            @Override
            public int configured() {
                return 2;
            }

            @Override
            public int alive() {
                return workersAlive.get();
            }
        };
    }

    private long pingDatabase() {
        if (!databaseUp.get()) {
            throw new IllegalStateException("database down");
        }
        return 2;
    }

    private long pingCache() {
        if (!cacheUp.get()) {
            throw new IllegalStateException("Redis does not answer");
        }
        return 1;
    }

    private static Optional<ApiKey> lookup(String secret) {
        return USER_KEY.equals(secret) ? Optional.of(new ApiKey("key-1", "user", false, Instant.EPOCH)) : Optional.empty();
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String key) throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path).GET();
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        return send(builder.build());
    }

    JsonNode json(HttpResponse<String> response) throws IOException {
        return mapper.readTree(response.body());
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Accepts bytes that are printable text, rejects anything else as the real intake would. */
    private static final class PrintableTextReader implements DocumentReader {
        @Override
        public String sniff(byte[] content) {
            for (byte b : content) {
                if (b < 9) {
                    throw new DocumentRejectedException(DocumentRejectedException.Reason.UNSUPPORTED_TYPE,
                            "binary content of unknown type");
                }
            }
            return "text/plain";
        }

        @Override
        public com.billaudit.domain.DocumentText read(byte[] content, String mediaType, java.time.Duration budget) {
            throw new UnsupportedOperationException("routes never read documents");
        }
    }
}

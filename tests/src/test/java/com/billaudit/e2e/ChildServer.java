package com.billaudit.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service as its own process ({@code Main}, as deployed), so that a test can stop it the way
 * an operating system does: SIGTERM ({@link #terminate}) or SIGKILL ({@link #kill}).
 */
final class ChildServer implements AutoCloseable {
    private static final Duration START = Duration.ofSeconds(90);
    private final Process process;
    private final int port;
    private final Path log;

    private ChildServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** A server on {@code databaseUrl}, answering its liveness probe. */
    static ChildServer start(Map<String, String> env, String databaseUrl) throws IOException, InterruptedException {
        int port = freePort();
        Path log = Files.createTempFile("child-server-", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "com.billaudit.server.Main")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> all = builder.environment();
        all.put("PORT", Integer.toString(port));
        all.put("HOST", "127.0.0.1");
        all.put("DATABASE_URL", databaseUrl);
        all.put("DATABASE_POOL_SIZE", "4");
        all.put("DEFAULT_SCHEME", "TEST");
        all.put("OMP_THREAD_LIMIT", "1");
        all.putAll(env);
        ChildServer child = new ChildServer(builder.start(), port, log);
        child.awaitLive();
        return child;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGTERM, then waits for the process to end. */
    void terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not stop within 60 s of SIGTERM\n" + logTail());
        }
    }

    /** SIGKILL: the process ends without running anything of its own. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            kill();
        }
        Files.deleteIfExists(log);
    }

    private void awaitLive() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the server exited with " + process.exitValue() + "\n" + logTail());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health/liveness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("the server did not answer within " + START + "\n" + logTail());
    }

    private String logTail() {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 4_000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package com.billaudit.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs Prometheus's promtool (Debian package {@code prometheus}, which scripts/test installs). */
final class Promtool {
    private Promtool() {
    }

    /** Runs {@code promtool args} in {@code dir} with {@code stdin}; fails the test unless it exits 0. */
    static void passes(Path dir, byte[] stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("promtool"));
        command.addAll(List.of(args));
        Process promtool;
        try {
            promtool = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("promtool is missing: install the Debian package 'prometheus' (scripts/test does)", e);
        }
        try (OutputStream in = promtool.getOutputStream()) {
            in.write(stdin);
        }
        String out = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(promtool.waitFor(60, TimeUnit.SECONDS), "promtool did not finish");
        assertEquals(0, promtool.exitValue(), "promtool " + String.join(" ", args) + ":\n" + out);
    }
}

package com.billaudit.persistence;

import com.billaudit.persistence.analysis.AnalysisRepository;
import com.billaudit.persistence.analysis.AnalysisStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class EmbeddedDatabaseTest {

    @Test
    void analysesSurviveARestartOnTheSameDataDirectory(@TempDir Path dataDir) {
        UUID id;
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir);
             Database database = Database.open(first.settings())) {
            id = new AnalysisRepository(database).create(Samples.upload("key-a", null)).id();
            assertTrue(database.pingMillis() >= 0);
        }
        assertTrue(Files.isDirectory(dataDir.resolve("postgres")));

        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir);
             Database database = Database.open(second.settings())) {
            assertEquals(AnalysisStatus.QUEUED, new AnalysisRepository(database).status(id).orElseThrow());
        }
    }

    /** A killed JVM leaves its PostgreSQL child running on the data directory; the next start stops it. */
    @Test
    void startsAfterAProcessThatWasKilledLeftItsPostgresRunning(@TempDir Path dataDir) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedDatabaseChild.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        try {
            awaitStarted(child);
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            assertTrue(OrphanPostmaster.find(dataDir.resolve("postgres")).isPresent(), "postgres outlived its JVM");

            try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDir);
                 Database database = Database.open(restarted.settings())) {
                assertTrue(database.pingMillis() >= 0);
            }
        } finally {
            child.destroyForcibly();
            OrphanPostmaster.find(dataDir.resolve("postgres")).ifPresent(ProcessHandle::destroy);
        }
    }

    private static void awaitStarted(Process child) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith("STARTED")) {
                return;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        fail("the child JVM did not start its database");
    }
}

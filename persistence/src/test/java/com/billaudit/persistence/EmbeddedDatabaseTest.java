package com.billaudit.persistence;

import com.billaudit.persistence.analysis.AnalysisRepository;
import com.billaudit.persistence.analysis.AnalysisStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}

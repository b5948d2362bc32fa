package com.billaudit.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An embedded PostgreSQL (zonky) for running without DATABASE_URL: keeps its data under
 * {@code dataDir}, so a restart keeps every analysis.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";
    private static final int DEFAULT_POOL_SIZE = 10;

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts on a free port. */
    public static EmbeddedDatabase start(Path dataDir) {
        return start(dataDir, 0);
    }

    /** Starts on {@code port}, or on a free port when it is 0. */
    public static EmbeddedDatabase start(Path dataDir, int port) {
        try {
            Path pgData = dataDir.resolve("postgres");
            Files.createDirectories(pgData);
            OrphanPostmaster.stopIfRunning(pgData);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    // keep the cluster: initdb only runs when the directory holds none yet
                    .setCleanDataDirectory(false)
                    // zonky tunes for throwaway test databases (fsync off); this one keeps real uploads
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on");
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedDatabase(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL under " + dataDir, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public DatabaseSettings settings() {
        return new DatabaseSettings("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE, USER, null,
                DEFAULT_POOL_SIZE);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop embedded PostgreSQL", e);
        }
    }
}

package com.billaudit.persistence;

import java.nio.file.Path;

/**
 * An embedded PostgreSQL (zonky) for running without DATABASE_URL: keeps its data under
 * {@code dataDir}, so a restart keeps every analysis.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static EmbeddedDatabase start(Path dataDir) {
        throw new UnsupportedOperationException("TODO");
    }

    public DatabaseSettings settings() {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO");
    }
}

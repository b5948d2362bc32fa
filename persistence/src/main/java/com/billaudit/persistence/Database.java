package com.billaudit.persistence;

/**
 * The connection pool (HikariCP) with the schema migrated (Flyway) and a Jdbi on top.
 * Opened once by the composition root and handed to the repositories.
 */
public final class Database implements AutoCloseable {

    /** Opens the pool and runs the migrations. */
    public static Database open(DatabaseSettings settings) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Round-trip time of a trivial query in milliseconds; throws when the database does not answer. */
    public long pingMillis() {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO");
    }
}

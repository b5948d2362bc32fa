package com.billaudit.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.UUID;

/**
 * A migrated, empty schema of its own on the test PostgreSQL: the one in {@code DATABASE_URL}
 * (a jdbc:postgresql URL) when set, else one embedded PostgreSQL shared by the test JVM.
 * Closing it closes the pool and drops the schema.
 */
public final class FreshSchema implements AutoCloseable {
    private static EmbeddedDatabase embedded;

    private final String name;
    private final Database database;

    private FreshSchema(String name, Database database) {
        this.name = name;
        this.database = database;
    }

    public static FreshSchema create() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        return new FreshSchema(name, Database.open(settings(name)));
    }

    /** Settings that point at this test's schema (Flyway creates it on open). */
    public static synchronized DatabaseSettings settings(String schema) {
        DatabaseSettings base = baseSettings();
        String url = base.jdbcUrl() + (base.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new DatabaseSettings(url, base.user(), base.password(), 8);
    }

    private static DatabaseSettings baseSettings() {
        String url = System.getenv("DATABASE_URL");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            return new DatabaseSettings(url, null, null, 8);
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedDatabase.start(Files.createTempDirectory("persistence-pg"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
        }
        return embedded.settings();
    }

    /** Empties {@code table} and what refers to it, between the tests of a class that share the schema. */
    public void empty(String table) {
        database.jdbi().useHandle(handle -> handle.execute("TRUNCATE " + table + " CASCADE"));
    }

    public Database database() {
        return database;
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        try {
            database.jdbi().useHandle(handle -> handle.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE"));
        } finally {
            database.close();
        }
    }
}

package com.billaudit.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.SQLException;

/**
 * The connection pool (HikariCP) with the schema migrated (Flyway) and a Jdbi on top.
 * Opened once by the composition root and handed to the repositories.
 */
public final class Database implements AutoCloseable {
    /** The longest the first request after PostgreSQL goes away waits; later ones fail at once (see FastFailDataSource). */
    private static final long CONNECTION_TIMEOUT_MS = 2_000;

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        FastFailDataSource circuit = new FastFailDataSource(dataSource);
        this.jdbi = Jdbi.create(circuit);
        // a statement failing on a pooled connection is often the first to see PostgreSQL go
        jdbi.getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
            @Override
            public void logException(StatementContext context, SQLException ex) {
                circuit.failed(ex);
            }
        });
    }

    /** Opens the pool and runs the migrations. */
    public static Database open(DatabaseSettings settings) {
        HikariDataSource dataSource = new HikariDataSource(poolConfig(settings));
        try {
            migrate(dataSource, JdbcUrls.currentSchema(settings.jdbcUrl()));
            return new Database(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static HikariConfig poolConfig(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("bill-audit");
        config.setJdbcUrl(settings.jdbcUrl());
        if (settings.user() != null) {
            config.setUsername(settings.user());
        }
        if (settings.password() != null) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(Math.max(1, settings.maxPoolSize()));
        // Fail fast when PostgreSQL is away: readiness and uploads should answer, not hang.
        // A connection check that hangs (a half-open socket) must not hold a request either.
        config.setValidationTimeout(1_000);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        return config;
    }

    /** Migrates into the URL's currentSchema when it names one, so each test class can have its own. */
    private static void migrate(HikariDataSource dataSource, String schema) {
        FluentConfiguration flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration");
        if (schema != null) {
            flyway.schemas(schema).createSchemas(true);
        }
        flyway.load().migrate();
    }

    /** For the repositories of this module; no handle or connection leaves it. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** Round-trip time of a trivial query in milliseconds; throws when the database does not answer. */
    public long pingMillis() {
        long start = System.nanoTime();
        jdbi.useHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

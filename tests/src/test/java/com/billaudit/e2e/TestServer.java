package com.billaudit.e2e;

import com.billaudit.persistence.DatabaseSettings;
import com.billaudit.persistence.EmbeddedDatabase;
import com.billaudit.server.Application;
import com.billaudit.server.config.AppConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The real service, started in-process on a free port against a real PostgreSQL: the one in
 * {@code DATABASE_URL} when set (CI), else one embedded PostgreSQL shared by the whole test JVM.
 * Each caller of {@link #freshDatabase()} gets its own schema, so test classes never see each
 * other's analyses. {@code REDIS_URL} is passed through when set.
 */
final class TestServer implements AutoCloseable {
    private static EmbeddedDatabase embedded;

    private final Application application;

    private TestServer(Application application) {
        this.application = application;
    }

    /** A server on a fresh database schema. */
    static TestServer start(Map<String, String> env) {
        return start(env, freshDatabase());
    }

    /** A server on {@code databaseUrl} (as returned by {@link #freshDatabase()}), e.g. to restart on it. */
    static TestServer start(Map<String, String> env, String databaseUrl) {
        Map<String, String> all = new HashMap<>();
        all.put("PORT", "0");
        all.put("DATABASE_URL", databaseUrl);
        all.put("DATABASE_POOL_SIZE", "4");
        all.put("DEFAULT_SCHEME", "TEST");
        all.put("SHUTDOWN_GRACE_SECONDS", "5");
        String redis = System.getenv("REDIS_URL");
        if (redis != null && !redis.isBlank()) {
            all.put("REDIS_URL", redis);
        }
        all.putAll(env);
        return new TestServer(Application.start(AppConfig.from(all)));
    }

    /** JDBC URL of a new, empty schema on the test PostgreSQL. */
    static synchronized String freshDatabase() {
        String base = testDatabaseUrl();
        String schema = "e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(base);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema on " + base, e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String testDatabaseUrl() {
        String url = System.getenv("DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return url;
        }
        if (embedded == null) {
            try {
                Path dir = Files.createTempDirectory("e2e-pg");
                embedded = EmbeddedDatabase.start(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
        }
        DatabaseSettings settings = embedded.settings();
        String jdbc = settings.jdbcUrl();
        if (settings.user() != null && !jdbc.contains("user=")) {
            jdbc += (jdbc.contains("?") ? "&" : "?") + "user=" + settings.user();
        }
        return jdbc;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + application.port();
    }

    @Override
    public void close() {
        application.close();
    }
}

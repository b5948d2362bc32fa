package com.billaudit.persistence;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * The pool behind a circuit breaker: once a connection could not be had because PostgreSQL is
 * away, callers fail at once (SQLSTATE 08001) instead of each waiting out the pool's connection
 * timeout, and one caller at a time probes, every {@link DatabaseOutage#RETRY_AFTER}, whether
 * it is back. Requests then answer 503 immediately and workers back off without piling up.
 */
final class FastFailDataSource implements DataSource {
    private static final String UNABLE_TO_CONNECT = "08001";

    private final DataSource pool;
    private final long probeEveryNanos = DatabaseOutage.RETRY_AFTER.toNanos();
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile boolean down;
    private volatile long nextProbeNanos;

    FastFailDataSource(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (!down) {
            return connect();
        }
        if (System.nanoTime() - nextProbeNanos < 0 || !probing.compareAndSet(false, true)) {
            throw new SQLTransientConnectionException("the database is unavailable", UNABLE_TO_CONNECT);
        }
        try {
            return connect();
        } finally {
            probing.set(false);
        }
    }

    private Connection connect() throws SQLException {
        try {
            Connection connection = pool.getConnection();
            down = false;
            return connection;
        } catch (SQLException e) {
            failed(e);
            throw e;
        }
    }

    /** Told of every failure, also of statements on connections already open: the first sign PostgreSQL went away. */
    void failed(SQLException e) {
        if (DatabaseOutage.isConnectionFailure(e)) {
            nextProbeNanos = System.nanoTime() + probeEveryNanos;
            down = true;
        }
    }

    /** Whether the last attempt found the database away. */
    boolean down() {
        return down;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool holds its own credentials");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}

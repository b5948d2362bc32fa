package com.billaudit.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With PostgreSQL away, only the first caller waits for the pool; the rest are told at once. */
class FastFailDataSourceTest {

    @Test
    void afterOneFailedConnectionCallersFailAtOnceWithAConnectionError() throws Exception {
        try (HikariDataSource pool = new HikariDataSource(poolOnAPortNobodyListensOn())) {
            FastFailDataSource dataSource = new FastFailDataSource(pool);

            SQLException first = assertThrows(SQLException.class, dataSource::getConnection);
            long start = System.nanoTime();
            SQLException next = assertThrows(SQLException.class, dataSource::getConnection);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertTrue(DatabaseOutage.causedBy(first), first.toString());
            assertTrue(DatabaseOutage.causedBy(next), next.toString());
            assertTrue(took.compareTo(Duration.ofMillis(200)) < 0, "the second caller waited " + took);
            assertTrue(dataSource.down());
        }
    }

    @Test
    void aStatementCutOffByAShutdownOpensTheCircuitToo() throws Exception {
        try (HikariDataSource pool = new HikariDataSource(poolOnAPortNobodyListensOn())) {
            FastFailDataSource dataSource = new FastFailDataSource(pool);

            dataSource.failed(new SQLException("terminating connection due to administrator command", "57P01"));

            long start = System.nanoTime();
            assertThrows(SQLException.class, dataSource::getConnection);
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofMillis(200)) < 0);
            assertTrue(dataSource.down());
        }
    }

    @Test
    void aBusyPoolIsNoOutage() {
        assertTrue(!DatabaseOutage.causedBy(new java.sql.SQLTransientConnectionException("Connection is not available")));
    }

    private static HikariConfig poolOnAPortNobodyListensOn() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/none");
        config.setConnectionTimeout(500);
        config.setInitializationFailTimeout(-1);
        config.setMaximumPoolSize(1);
        return config;
    }
}

package com.billaudit.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * Tells a PostgreSQL outage (no connection to be had) from any other database failure, whatever
 * wraps it (jdbi, the pool), so callers can answer "try again shortly" instead of "bug".
 */
public final class DatabaseOutage {
    /** How soon a caller may try again: the circuit probes the database about this often. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    /** SQLSTATE class 08: connection exception. */
    private static final String CONNECTION_EXCEPTION = "08";
    /** SQLSTATE 57P01..57P03: the server is shutting down, crashed or not accepting connections yet. */
    private static final String SERVER_GOING_AWAY = "57P";

    private DatabaseOutage() {
    }

    /** Whether {@code failure} or one of its causes says the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && isConnectionFailure(sql)) {
                return true;
            }
        }
        return false;
    }

    /** The pool timing out with no underlying cause is a busy pool, not an outage. */
    static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith(CONNECTION_EXCEPTION) || state.startsWith(SERVER_GOING_AWAY))) {
            return true;
        }
        return e instanceof SQLTransientConnectionException && e.getCause() != null && causedBy(e.getCause());
    }
}

package com.billaudit.server;

import com.billaudit.server.logging.JsonLogFormatter;

import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies LOG_LEVEL and LOG_FORMAT to java.util.logging, where Helidon, slf4j-jdk14 and
 * System.Logger all end up.
 */
final class LogLevels {
    private static final Map<String, Level> LEVELS = Map.of("ERROR", Level.SEVERE, "WARN", Level.WARNING,
            "INFO", Level.INFO, "DEBUG", Level.FINE, "TRACE", Level.FINEST);

    private LogLevels() {
    }

    static void apply(String level, String format) {
        apply(level);
        if ("json".equals(format)) {
            for (Handler handler : Logger.getLogger("").getHandlers()) {
                handler.setFormatter(new JsonLogFormatter());
            }
        }
    }

    static void apply(String level) {
        Level julLevel = LEVELS.getOrDefault(level, Level.INFO);
        Logger root = Logger.getLogger("");
        root.setLevel(julLevel);
        for (Handler handler : root.getHandlers()) {
            handler.setLevel(julLevel);
        }
    }
}

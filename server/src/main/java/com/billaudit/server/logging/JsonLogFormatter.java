package com.billaudit.server.logging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * LOG_FORMAT=json: one JSON object a line (time, level, logger, message, requestId, analysisId,
 * error), which log platforms index without parsing rules. Runs on the thread that logs, so
 * {@link LogContext} is that of the work being logged.
 */
public final class JsonLogFormatter extends Formatter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Level, String> LEVELS = Map.of(Level.SEVERE, "ERROR", Level.WARNING, "WARN",
            Level.INFO, "INFO", Level.CONFIG, "INFO", Level.FINE, "DEBUG", Level.FINER, "TRACE", Level.FINEST, "TRACE");

    @Override
    public String format(LogRecord record) {
        LogContext.Ids ids = LogContext.current();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", record.getInstant().toString());
        line.put("level", LEVELS.getOrDefault(record.getLevel(), record.getLevel().getName()));
        line.put("logger", record.getLoggerName());
        line.put("message", formatMessage(record));
        putIfPresent(line, "requestId", ids.requestId());
        putIfPresent(line, "analysisId", ids.analysisId());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.put("error", trace.toString());
        }
        try {
            return JSON.writeValueAsString(line) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            return "{\"level\":\"ERROR\",\"message\":\"unloggable record\"}" + System.lineSeparator();
        }
    }

    private static void putIfPresent(Map<String, Object> line, String key, String value) {
        if (value != null) {
            line.put(key, value);
        }
    }
}

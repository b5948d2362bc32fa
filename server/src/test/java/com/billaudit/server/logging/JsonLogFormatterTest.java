package com.billaudit.server.logging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLogFormatterTest {
    private final JsonLogFormatter formatter = new JsonLogFormatter();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aLineWrittenForARequestOnAnAnalysisNamesBoth() throws Exception {
        UUID analysis = UUID.randomUUID();
        String[] line = new String[1];

        LogContext.forRequest("req-7", "/v1/analyses/" + analysis, () -> line[0] = formatter.format(record("read {0}", "x")));

        JsonNode parsed = json.readTree(line[0]);
        assertEquals("req-7", parsed.get("requestId").asText());
        assertEquals(analysis.toString(), parsed.get("analysisId").asText());
        assertEquals("read x", parsed.get("message").asText());
        assertEquals("WARN", parsed.get("level").asText());
        assertTrue(line[0].endsWith(System.lineSeparator()) && line[0].indexOf('\n') == line[0].length() - 1);
    }

    @Test
    void anAnalysisKeepsItsIdOnTheThreadsItStartsAndLosesItAfterwards() throws Exception {
        UUID analysis = UUID.randomUUID();

        String onAgentThread = LogContext.forAnalysis(analysis, () -> {
            try {
                String[] line = new String[1];
                Thread agent = Thread.ofVirtual().start(() -> line[0] = formatter.format(record("agent", null)));
                agent.join();
                return line[0];
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        assertEquals(analysis.toString(), json.readTree(onAgentThread).get("analysisId").asText());
        assertFalse(json.readTree(formatter.format(record("later", null))).has("analysisId"));
    }

    @Test
    void errorsCarryTheirStackTrace() throws Exception {
        LogRecord record = record("failed", null);
        record.setThrown(new IllegalStateException("boom"));

        assertTrue(json.readTree(formatter.format(record)).get("error").asText().contains("IllegalStateException: boom"));
    }

    private static LogRecord record(String message, Object parameter) {
        LogRecord record = new LogRecord(Level.WARNING, message);
        record.setLoggerName("test");
        if (parameter != null) {
            record.setParameters(new Object[] {parameter});
        }
        return record;
    }
}

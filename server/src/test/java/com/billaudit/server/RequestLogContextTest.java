package com.billaudit.server;

import com.billaudit.server.http.ProblemWriter;
import com.billaudit.server.logging.JsonLogFormatter;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** With LOG_FORMAT=json, what a request logs names its request id and the analysis it is about. */
class RequestLogContextTest {
    private static final Logger PROBLEMS = Logger.getLogger(ProblemWriter.class.getName());
    private static final List<String> LINES = new CopyOnWriteArrayList<>();
    private static final Handler CAPTURE = new Handler() {
        private final JsonLogFormatter formatter = new JsonLogFormatter();

        @Override
        public void publish(LogRecord record) {
            LINES.add(formatter.format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private static TestServer server;

    @BeforeAll
    static void start() {
        PROBLEMS.addHandler(CAPTURE);
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
        PROBLEMS.removeHandler(CAPTURE);
    }

    @Test
    void aRefusedRequestForAnAnalysisLogsBothIds() throws Exception {
        UUID analysis = UUID.randomUUID();

        int status = server.send(server.request("/v1/analyses/" + analysis).header("X-Request-ID", "trace-" + analysis)
                .GET().build()).statusCode();

        assertEquals(401, status);
        JsonNode line = server.mapper.readTree(LINES.stream().filter(l -> l.contains("trace-" + analysis)).findFirst()
                .orElseThrow(() -> new AssertionError("no log line for the request in " + LINES)));
        assertEquals("trace-" + analysis, line.get("requestId").asText());
        assertEquals(analysis.toString(), line.get("analysisId").asText());
    }
}

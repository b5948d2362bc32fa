package com.billaudit.server.http;

import com.billaudit.reference.CsvImport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ProblemJsonTest {
    private static final ObjectMapper MAPPER = Json.mapper();

    @Test
    void plainProblemHasExactlyTheRfcFieldsAndRequestId() throws Exception {
        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(
                ProblemWriter.toProblem(new ApiException.NotFound("No analysis x"), "req-1")));

        assertEquals(List.of("type", "title", "status", "detail", "requestId"), names(json));
        assertFalse(json.has("errors"));
    }

    @Test
    void rejectedCsvListsEachBadLine() throws Exception {
        var errors = List.of(new CsvImport.RowError(4, "rate missing"), new CsvImport.RowError(9, "unknown category"));
        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(
                ProblemWriter.toProblem(new ApiException.Unprocessable("2 bad rows", errors), "req-2")));

        assertEquals(9, json.at("/errors/1/line").asInt());
        assertEquals("rate missing", json.at("/errors/0/reason").asText());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

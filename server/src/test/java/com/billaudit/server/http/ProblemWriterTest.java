package com.billaudit.server.http;

import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.intake.DocumentRejectedException.Reason;
import com.billaudit.reference.CsvImport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemWriterTest {

    @Test
    void documentRejectionsMapByReason() {
        assertEquals(415, status(new DocumentRejectedException(Reason.UNSUPPORTED_TYPE, "zip archive")));
        assertEquals(413, status(new DocumentRejectedException(Reason.TOO_LARGE, "too many pages")));
        assertEquals(422, status(new DocumentRejectedException(Reason.ENCRYPTED, "password protected")));
        assertEquals(422, status(new DocumentRejectedException(Reason.EMPTY, "no bytes")));
    }

    @Test
    void rejectionProblemSaysWhy() {
        Problem problem = ProblemWriter.toProblem(new DocumentRejectedException(Reason.CORRUPT, "broken xref table"), "r1");

        assertEquals("broken xref table", problem.detail());
        assertEquals("r1", problem.requestId());
        assertTrue(problem.type().endsWith("corrupt-document"));
    }

    @Test
    void csvRowErrorsTravelWithUnprocessable() {
        var errors = List.of(new CsvImport.RowError(3, "rate is not a number"));
        Problem problem = ProblemWriter.toProblem(new ApiException.Unprocessable("bad file", errors), "r2");

        assertEquals(422, problem.status());
        assertEquals(errors, problem.errors());
        assertNull(ProblemWriter.toProblem(new ApiException.Unprocessable("unknown scheme"), "r3").errors());
    }

    @Test
    void unexpectedErrorsAre500WithoutInternals() {
        String requestId = "7f3c2a9e-request";
        Problem problem = ProblemWriter.toProblem(new IllegalStateException("connection pool exhausted"), requestId);

        assertEquals(500, problem.status());
        assertEquals(requestId, problem.requestId());
        assertTrue(problem.detail().endsWith("quote request id " + requestId), problem.detail());
        assertFalse(problem.detail().contains("pool"));
    }

    @Test
    void aDatabaseOutageIs503WhateverWrapsIt() {
        var outage = new IllegalStateException("jdbi: unable to acquire a connection",
                new java.sql.SQLTransientConnectionException("the database is unavailable", "08001"));

        assertEquals(503, status(outage));
        assertEquals(500, status(new IllegalStateException("a bug",
                new java.sql.SQLException("duplicate key", "23505"))));
    }

    private static int status(Throwable error) {
        return ProblemWriter.statusOf(error);
    }
}

package com.billaudit.server.http;

import io.helidon.common.uri.UriQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Typed query parameters; a malformed value is the client's error (400) naming the parameter. */
public final class QueryParams {
    private final UriQuery query;

    public QueryParams(UriQuery query) {
        this.query = query;
    }

    /** The value, or null when absent or blank. */
    public String text(String name) {
        if (!query.contains(name)) {
            return null;
        }
        String value = query.get(name).trim();
        return value.isEmpty() ? null : value;
    }

    public int integer(String name, int fallback, int min, int max) {
        String raw = text(name);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below with the accepted range
        }
        throw new ApiException.BadRequest("'" + name + "' must be an integer from " + min + " to " + max);
    }

    /** An ISO-8601 instant ({@code 2024-05-01T10:00:00Z}) or a date (its start, UTC). */
    public Instant instant(String name) {
        String raw = text(name);
        if (raw == null) {
            return null;
        }
        try {
            return raw.length() == 10 ? LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw new ApiException.BadRequest("'" + name + "' must be an ISO-8601 instant or date, got '" + raw + "'");
        }
    }

    /** An ISO-8601 date ({@code 2025-04-01}), or {@code fallback} when absent. */
    public LocalDate date(String name, LocalDate fallback) {
        String raw = text(name);
        if (raw == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new ApiException.BadRequest("'" + name + "' must be an ISO-8601 date (YYYY-MM-DD), got '" + raw + "'");
        }
    }
}

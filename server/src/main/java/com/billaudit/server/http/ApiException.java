package com.billaudit.server.http;

import com.billaudit.reference.CsvImport;

import java.time.Duration;
import java.util.List;

/**
 * What a handler throws to answer with a problem; {@link ProblemWriter} is the one place that
 * turns these into {@code application/problem+json}.
 */
public sealed abstract class ApiException extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;
    private final Duration retryAfter;

    private ApiException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, null);
    }

    private ApiException(int status, String slug, String title, String detail, Duration retryAfter) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** When the client may try again (sent as Retry-After), or null when retrying will not help. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public static final class BadRequest extends ApiException {
        public BadRequest(String detail) {
            super(400, "bad-request", "Bad request", detail);
        }
    }

    public static final class Unauthorized extends ApiException {
        public Unauthorized(String detail) {
            super(401, "unauthorized", "Unauthorized", detail);
        }
    }

    public static final class Forbidden extends ApiException {
        public Forbidden(String detail) {
            super(403, "forbidden", "Forbidden", detail);
        }
    }

    public static final class NotFound extends ApiException {
        public NotFound(String detail) {
            super(404, "not-found", "Not found", detail);
        }
    }

    public static final class PayloadTooLarge extends ApiException {
        public PayloadTooLarge(long limit) {
            super(413, "payload-too-large", "Payload too large", "The upload exceeds the limit of " + limit + " bytes");
        }
    }

    public static final class UnsupportedMedia extends ApiException {
        public UnsupportedMedia(String detail) {
            super(415, "unsupported-media-type", "Unsupported media type", detail);
        }
    }

    /** @see #errors() the bad CSV rows, empty for other causes */
    public static final class Unprocessable extends ApiException {
        private final List<CsvImport.RowError> errors;

        public Unprocessable(String detail) {
            this(detail, List.of());
        }

        public Unprocessable(String detail, List<CsvImport.RowError> errors) {
            super(422, "unprocessable-content", "Unprocessable content", detail);
            this.errors = List.copyOf(errors);
        }

        public List<CsvImport.RowError> errors() {
            return errors;
        }
    }

    public static final class ServiceUnavailable extends ApiException {
        public ServiceUnavailable(String detail, Duration retryAfter) {
            super(503, "service-unavailable", "Service unavailable", detail, retryAfter);
        }
    }

    /** The key's request budget is spent until {@code retryAfter}. */
    public static final class TooManyRequests extends ApiException {
        public TooManyRequests(String detail, Duration retryAfter) {
            super(429, "too-many-requests", "Too many requests", detail, retryAfter);
        }
    }
}

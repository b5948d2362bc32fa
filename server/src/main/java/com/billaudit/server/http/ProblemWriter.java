package com.billaudit.server.http;

import com.billaudit.intake.DocumentRejectedException;
import com.billaudit.persistence.DatabaseOutage;
import com.billaudit.server.logging.LogContext;
import io.helidon.http.HeaderValues;
import io.helidon.http.HttpException;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.lang.System.Logger.Level;

/** The one place that answers errors: every throwable becomes an RFC 9457 problem. */
public final class ProblemWriter implements ErrorHandler<Throwable> {
    private static final System.Logger LOG = System.getLogger(ProblemWriter.class.getName());

    private final Responses responses;

    public ProblemWriter(Responses responses) {
        this.responses = responses;
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res, Throwable thrown) {
        Throwable error = asAnswered(thrown);
        String requestId = RequestContext.of(req).requestId();
        Problem problem = toProblem(error, requestId);
        // error handlers run after the filters returned, outside the request's log context
        LogContext.forRequest(requestId, req.path().absolute().path(), () -> log(req, error, problem));
        if (error instanceof ApiException api && api.retryAfter() != null) {
            // whole seconds, rounded up: a client that waits exactly this long is let in
            long millis = api.retryAfter().toMillis();
            res.header("Retry-After", Long.toString(Math.max(1, (millis + 999) / 1000)));
        }
        if (!req.content().consumed()) {
            // Helidon would otherwise read the rest of a refused body (a chunked upload over the cap, to its end)
            res.header(HeaderValues.CONNECTION_CLOSE);
        }
        responses.problem(req, res, problem);
    }

    /** The status an error will be answered with (for observers that see it before this handler). */
    public static int statusOf(Throwable error) {
        return toProblem(asAnswered(error), null).status();
    }

    /** PostgreSQL being away is no bug of ours: the client may try again shortly. */
    private static Throwable asAnswered(Throwable error) {
        if (!(error instanceof ApiException) && DatabaseOutage.causedBy(error)) {
            return new ApiException.ServiceUnavailable("The database is unavailable; try again shortly",
                    DatabaseOutage.RETRY_AFTER);
        }
        return error;
    }

    static Problem toProblem(Throwable error, String requestId) {
        return switch (error) {
            case ApiException.Unprocessable e -> new Problem(Problem.typeUri(e.slug()), e.title(), e.status(),
                    e.getMessage(), requestId, e.errors().isEmpty() ? null : e.errors());
            case ApiException e -> problem(e.status(), e.slug(), e.title(), e.getMessage(), requestId);
            case DocumentRejectedException e -> rejected(e, requestId);
            case HttpException e when e.status().code() < 500 -> problem(e.status().code(), "http-" + e.status().code(),
                    e.status().reasonPhrase(), e.getMessage(), requestId);
            default -> problem(500, "internal-error", "Internal server error",
                    "An unexpected error occurred; quote request id " + requestId, requestId);
        };
    }

    private static Problem rejected(DocumentRejectedException e, String requestId) {
        String slug = e.reason().code().replace('_', '-');
        return switch (e.reason()) {
            case UNSUPPORTED_TYPE -> problem(415, slug, "Unsupported media type", e.getMessage(), requestId);
            case TOO_LARGE -> problem(413, slug, "Payload too large", e.getMessage(), requestId);
            default -> problem(422, slug, "Unreadable document", e.getMessage(), requestId);
        };
    }

    private static Problem problem(int status, String slug, String title, String detail, String requestId) {
        return new Problem(Problem.typeUri(slug), title, status, detail, requestId, null);
    }

    private static void log(ServerRequest req, Throwable error, Problem problem) {
        String where = req.prologue().method().text() + " " + req.path().absolute().path();
        if (problem.status() == 503) {
            LOG.log(Level.WARNING, "request {0} {1}: 503 {2}", problem.requestId(), where, problem.detail());
        } else if (problem.status() >= 500) {
            LOG.log(Level.ERROR, "request " + problem.requestId() + " " + where + " failed", error);
        } else {
            LOG.log(Level.INFO, "request {0} {1}: {2} {3}", problem.requestId(), where, problem.status(),
                    problem.detail());
        }
    }
}

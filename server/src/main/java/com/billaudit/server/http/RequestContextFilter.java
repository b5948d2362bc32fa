package com.billaudit.server.http;

import com.billaudit.server.logging.LogContext;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/** First filter: gives the request its id and start time, and echoes the id on the response. */
public final class RequestContextFilter implements Filter {
    public static final String REQUEST_ID = "X-Request-ID";

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        String clientId = req.headers().first(io.helidon.http.HeaderNames.create(REQUEST_ID)).orElse(null);
        RequestContext context = RequestContext.begin(clientId);
        req.context().register(context);
        res.header(REQUEST_ID, context.requestId());
        LogContext.forRequest(context.requestId(), req.path().path(), chain::proceed);
    }
}

package com.billaudit.server.metrics;

import com.billaudit.server.http.ProblemWriter;
import com.billaudit.server.http.RouteTemplate;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/** Counts and times every request by route template (never by raw path, which would explode the labels). */
public final class HttpMetricsFilter implements Filter {
    private final Metrics metrics;

    public HttpMetricsFilter(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        long start = System.nanoTime();
        try {
            chain.proceed();
            record(req, res.status().code(), start);
        } catch (RuntimeException e) {
            // errors thrown by later filters (auth) are answered after this filter returns
            record(req, ProblemWriter.statusOf(e), start);
            throw e;
        }
    }

    private void record(RoutingRequest req, int status, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        metrics.httpRequest(req.prologue().method().text(), RouteTemplate.of(req), status, seconds);
    }
}

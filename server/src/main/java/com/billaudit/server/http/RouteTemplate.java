package com.billaudit.server.http;

import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;

/**
 * The route template a request matched (e.g. {@code /v1/analyses/{id}}), recorded by the handler
 * wrapper so metrics never label by raw path.
 */
public record RouteTemplate(String template) {
    public static final String UNMATCHED = "unmatched";

    /** Wraps {@code handler} so that it records {@code template} before it runs. */
    public static Handler named(String template, Handler handler) {
        RouteTemplate route = new RouteTemplate(template);
        return (req, res) -> {
            req.context().register(route);
            handler.handle(req, res);
        };
    }

    public static String of(ServerRequest req) {
        return req.context().get(RouteTemplate.class).map(RouteTemplate::template).orElse(UNMATCHED);
    }
}

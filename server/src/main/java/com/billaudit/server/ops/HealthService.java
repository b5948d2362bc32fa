package com.billaudit.server.ops;

import com.billaudit.server.http.Responses;
import com.billaudit.server.http.RouteTemplate;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** /health (component detail), /health/liveness and /health/readiness; no key needed. */
public final class HealthService implements HttpService {
    private final HealthProbes probes;
    private final Responses responses;
    private final Clock clock;
    private final Instant startedAt;

    public HealthService(HealthProbes probes, Responses responses, Clock clock) {
        this.probes = probes;
        this.responses = responses;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", RouteTemplate.named("/health", this::getHealth))
                .get("/liveness", RouteTemplate.named("/health/liveness", this::getLiveness))
                .get("/readiness", RouteTemplate.named("/health/readiness", this::getReadiness));
    }

    private void getHealth(ServerRequest req, ServerResponse res) {
        long uptime = Duration.between(startedAt, clock.instant()).toSeconds();
        HealthReport report = HealthReport.check(probes, uptime);
        responses.json(req, res, report.down() ? 503 : 200, report);
    }

    private void getLiveness(ServerRequest req, ServerResponse res) {
        responses.json(req, res, 200, Map.of("status", HealthReport.UP));
    }

    /** Ready when the database answers and, with WORKERS > 0, at least one worker can run analyses. */
    private void getReadiness(ServerRequest req, ServerResponse res) {
        HealthReport.Component database = HealthReport.Component.ping(probes.databasePing(), null);
        boolean workers = probes.workers().canRun();
        boolean ready = database.up() && workers;
        responses.json(req, res, ready ? 200 : 503, Map.of("status", ready ? HealthReport.UP : HealthReport.DOWN,
                "database", database.status(), "workers", workers ? HealthReport.UP : HealthReport.DOWN));
    }
}

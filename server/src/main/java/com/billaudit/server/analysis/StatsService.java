package com.billaudit.server.analysis;

import com.billaudit.persistence.analysis.AnalysisRepository;
import com.billaudit.server.auth.Principal;
import com.billaudit.server.http.QueryParams;
import com.billaudit.server.http.Responses;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import static com.billaudit.server.http.RouteTemplate.named;

/** {@code GET /v1/stats?since=&until=}: the dashboard's counts, sums and percentiles. */
public final class StatsService implements HttpService {
    private final AnalysisRepository analyses;
    private final Responses responses;

    public StatsService(AnalysisRepository analyses, Responses responses) {
        this.analyses = analyses;
        this.responses = responses;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", named("/v1/stats", this::getStats));
    }

    private void getStats(ServerRequest req, ServerResponse res) {
        QueryParams query = new QueryParams(req.query());
        var stats = analyses.stats(query.instant("since"), query.instant("until"), Principal.of(req).ownerFilter());
        responses.json(req, res, 200, stats);
    }
}

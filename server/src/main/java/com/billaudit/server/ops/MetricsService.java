package com.billaudit.server.ops;

import com.billaudit.server.http.Responses;
import com.billaudit.server.http.RouteTemplate;
import com.billaudit.server.metrics.Metrics;
import com.billaudit.server.metrics.MetricsSummary;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.prometheus.client.exporter.common.TextFormat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.LongSupplier;

/** /metrics in Prometheus text format 0.0.4 and /metrics/summary as JSON; no key needed. */
public final class MetricsService implements HttpService {
    private static final System.Logger LOG = System.getLogger(MetricsService.class.getName());

    private final Metrics metrics;
    private final LongSupplier queueDepth;
    private final HealthProbes probes;
    private final Responses responses;

    /**
     * @param queueDepth read at each scrape; may throw when the database is down
     * @param probes     the workers and the oldest waiting analysis, read at each scrape
     */
    public MetricsService(Metrics metrics, LongSupplier queueDepth, HealthProbes probes, Responses responses) {
        this.metrics = metrics;
        this.queueDepth = queueDepth;
        this.probes = probes;
        this.responses = responses;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", RouteTemplate.named("/metrics", this::getMetrics))
                .get("/summary", RouteTemplate.named("/metrics/summary", this::getSummary));
    }

    private void getMetrics(ServerRequest req, ServerResponse res) {
        refreshQueueDepth();
        StringWriter text = new StringWriter();
        try {
            TextFormat.write004(text, metrics.registry().metricFamilySamples());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        responses.text(req, res, 200, TextFormat.CONTENT_TYPE_004, text.toString());
    }

    private void getSummary(ServerRequest req, ServerResponse res) {
        refreshQueueDepth();
        responses.json(req, res, 200, MetricsSummary.of(metrics.registry()));
    }

    private void refreshQueueDepth() {
        metrics.workers(probes.workers().configured(), probes.workers().alive());
        try {
            metrics.queueDepth(queueDepth.getAsLong());
        } catch (RuntimeException e) {
            // a scrape must still answer when the database is down; the gauge keeps its last value
            LOG.log(System.Logger.Level.DEBUG, "queue depth unavailable: {0}", e.getMessage());
        }
    }
}

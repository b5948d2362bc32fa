package com.billaudit.server.metrics;

import io.prometheus.client.Collector;
import io.prometheus.client.GaugeMetricFamily;

import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * A gauge read at each scrape from a source outside the process (the database). When the source
 * fails the last value read is kept, so a scrape never fails and the series never vanishes.
 */
final class SampledGauge extends Collector {
    private static final System.Logger LOG = System.getLogger(SampledGauge.class.getName());

    private final String name;
    private final String help;
    private volatile DoubleSupplier source = () -> 0;
    private volatile double last;

    SampledGauge(String name, String help) {
        this.name = name;
        this.help = help;
    }

    void readFrom(DoubleSupplier newSource) {
        source = newSource;
    }

    @Override
    public List<MetricFamilySamples> collect() {
        try {
            last = source.getAsDouble();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "{0} unavailable: {1}", name, e.getMessage());
        }
        return List.of(new GaugeMetricFamily(name, help, last));
    }
}

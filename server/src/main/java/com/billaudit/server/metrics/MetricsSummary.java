package com.billaudit.server.metrics;

import io.prometheus.client.Collector;
import io.prometheus.client.CollectorRegistry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registry's samples as JSON-friendly maps: the same numbers /metrics prints, for a dashboard. */
public final class MetricsSummary {
    private MetricsSummary() {
    }

    /** Sample name → its samples, each {labels, value}. */
    public static Map<String, List<Map<String, Object>>> of(CollectorRegistry registry) {
        Map<String, List<Map<String, Object>>> summary = new LinkedHashMap<>();
        for (Collector.MetricFamilySamples family : Collections.list(registry.metricFamilySamples())) {
            for (Collector.MetricFamilySamples.Sample sample : family.samples) {
                summary.computeIfAbsent(sample.name, name -> new ArrayList<>()).add(sampleJson(sample));
            }
        }
        return summary;
    }

    private static Map<String, Object> sampleJson(Collector.MetricFamilySamples.Sample sample) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < sample.labelNames.size(); i++) {
            labels.put(sample.labelNames.get(i), sample.labelValues.get(i));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("labels", labels);
        // JSON has no NaN/Inf; a histogram's +Inf bucket label stays a string, values must be finite
        json.put("value", Double.isFinite(sample.value) ? sample.value : null);
        return json;
    }
}

package com.billaudit.persistence.analysis;

import com.billaudit.domain.Money;
import com.billaudit.domain.Verdict;
import org.jdbi.v3.core.Handle;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The three queries behind {@link AnalysisStats}, over one set of conditions. */
final class StatsQuery {
    private static final String[] PERCENTILES = {"p50", "p90", "p95", "p99"};

    private final Handle handle;
    private final Conditions conditions;

    StatsQuery(Handle handle, Conditions conditions) {
        this.handle = handle;
        this.conditions = conditions;
    }

    AnalysisStats run() {
        Map<String, Long> byStatus = byStatus();
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Object> completed = completedFigures();
        return new AnalysisStats(total, byStatus, byVerdict(), Money.scaled((BigDecimal) completed.get("billed")),
                Money.scaled((BigDecimal) completed.get("recoverable")), ((Number) completed.get("review_needed")).longValue(),
                processingSeconds(completed));
    }

    /** Every status, 0 when none: a dashboard shows all four. */
    private Map<String, Long> byStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (AnalysisStatus status : AnalysisStatus.values()) {
            counts.put(status.code(), 0L);
        }
        counts.putAll(countsBy("status", ""));
        return counts;
    }

    /** Every verdict of completed analyses, 0 when none; documents that are not bills have none. */
    private Map<String, Long> byVerdict() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict.code(), 0L);
        }
        counts.putAll(countsBy("verdict", "status = 'completed' AND verdict IS NOT NULL"));
        return counts;
    }

    private Map<String, Long> countsBy(String column, String extraCondition) {
        String where = conditions.where();
        if (!extraCondition.isEmpty()) {
            where = where.isEmpty() ? " WHERE " + extraCondition : where + " AND " + extraCondition;
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        handle.createQuery("SELECT " + column + " AS k, count(*) AS n FROM analyses" + where + " GROUP BY " + column)
                .bindMap(conditions.bindings())
                .map((rs, ctx) -> Map.entry(rs.getString("k"), rs.getLong("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private Map<String, Object> completedFigures() {
        String where = conditions.where();
        where = (where.isEmpty() ? " WHERE " : where + " AND ") + "status = 'completed'";
        return handle.createQuery("""
                        SELECT coalesce(sum(billed), 0) AS billed, coalesce(sum(recoverable), 0) AS recoverable,
                               count(*) AS n, count(*) FILTER (WHERE review_needed) AS review_needed,
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS p50,
                               percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90,
                               percentile_cont(0.95) WITHIN GROUP (ORDER BY seconds) AS p95,
                               percentile_cont(0.99) WITHIN GROUP (ORDER BY seconds) AS p99,
                               max(seconds) AS max
                        FROM (SELECT billed, recoverable, review_needed,
                                     extract(epoch FROM completed_at - created_at)::float8 AS seconds
                              FROM analyses""" + where + ") finished")
                .bindMap(conditions.bindings())
                .mapToMap()
                .one();
    }

    /** Empty until something completed: no made-up zeros for a dashboard to plot. */
    private static Map<String, Double> processingSeconds(Map<String, Object> completed) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        if (((Number) completed.get("n")).longValue() == 0) {
            return seconds;
        }
        for (String name : PERCENTILES) {
            seconds.put(name, round(completed.get(name)));
        }
        seconds.put("max", round(completed.get("max")));
        return seconds;
    }

    private static Double round(Object value) {
        return Math.round(((Number) value).doubleValue() * 1000) / 1000.0;
    }
}

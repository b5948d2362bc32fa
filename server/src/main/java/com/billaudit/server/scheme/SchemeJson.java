package com.billaudit.server.scheme;

import com.billaudit.domain.Scheme;
import com.billaudit.persistence.scheme.SchemeSummary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A scheme with the versions of its reference lists in force today (0 = none imported) and
 * every version of each list, oldest first.
 */
public record SchemeJson(String code, String name, String currency, BigDecimal overchargeTolerance,
                         int tariffVersion, int tariffRows, int nonPayableVersion, int nonPayableRows,
                         Instant updatedAt, List<ListVersionJson> tariffVersions,
                         List<ListVersionJson> nonPayableVersions) {

    static SchemeJson of(SchemeSummary summary) {
        Scheme s = summary.scheme();
        return new SchemeJson(s.code(), s.name(), s.currency(), s.overchargeTolerance(), summary.tariffVersion(),
                summary.tariffRows(), summary.nonPayableVersion(), summary.nonPayableRows(), summary.updatedAt(),
                summary.tariffVersions().stream().map(v -> ListVersionJson.of(v, summary.tariffVersion())).toList(),
                summary.nonPayableVersions().stream().map(v -> ListVersionJson.of(v, summary.nonPayableVersion()))
                        .toList());
    }
}

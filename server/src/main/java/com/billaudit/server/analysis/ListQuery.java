package com.billaudit.server.analysis;

import com.billaudit.persistence.analysis.AnalysisFilter;
import com.billaudit.persistence.analysis.AnalysisStatus;
import com.billaudit.server.http.ApiException;
import com.billaudit.server.http.QueryParams;

import java.util.Set;

/**
 * The list query {@code status, verdict, since, until, limit (≤ 100), cursor, review}, validated;
 * {@code review=needed} lists the analyses a person should check, {@code review=none} the others.
 */
final class ListQuery {
    static final int DEFAULT_LIMIT = 20;
    private static final Set<String> STATUSES = Set.of("queued", "processing", "completed", "failed");
    private static final Set<String> VERDICTS = Set.of("ok", "warning", "critical");
    private static final Set<String> REVIEWS = Set.of("needed", "none");

    private ListQuery() {
    }

    static AnalysisFilter filter(QueryParams query, String ownerFilter) {
        String status = oneOf(query, "status", STATUSES);
        return new AnalysisFilter(ownerFilter, status == null ? null : AnalysisStatus.fromCode(status),
                oneOf(query, "verdict", VERDICTS), query.instant("since"), query.instant("until"),
                query.integer("limit", DEFAULT_LIMIT, 1, 100), query.text("cursor"), review(query));
    }

    private static Boolean review(QueryParams query) {
        String review = oneOf(query, "review", REVIEWS);
        return review == null ? null : review.equals("needed");
    }

    private static String oneOf(QueryParams query, String name, Set<String> allowed) {
        String value = query.text(name);
        if (value != null && !allowed.contains(value)) {
            throw new ApiException.BadRequest("'" + name + "' must be one of " + allowed);
        }
        return value;
    }
}

package com.billaudit.server.analysis;

import com.billaudit.domain.Verdict;
import com.billaudit.persistence.analysis.AnalysisFilter;
import com.billaudit.persistence.analysis.AnalysisStatus;
import com.billaudit.server.http.ApiException;
import com.billaudit.server.http.QueryParams;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The list query {@code status, verdict, since, until, limit (≤ 100), cursor, review}, validated;
 * {@code review=needed} lists the analyses a person should check, {@code review=none} the others.
 */
final class ListQuery {
    static final int DEFAULT_LIMIT = 20;
    // the enums the analyses are stored with say which codes exist; listed in their order in a 400
    private static final Set<String> STATUSES = codes(AnalysisStatus.values(), AnalysisStatus::code);
    private static final Set<String> VERDICTS = codes(Verdict.values(), Verdict::code);
    private static final Set<String> REVIEWS = new LinkedHashSet<>(List.of("needed", "none"));

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

    private static <E> Set<String> codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String oneOf(QueryParams query, String name, Set<String> allowed) {
        String value = query.text(name);
        if (value != null && !allowed.contains(value)) {
            throw new ApiException.BadRequest("'" + name + "' must be one of " + allowed);
        }
        return value;
    }
}

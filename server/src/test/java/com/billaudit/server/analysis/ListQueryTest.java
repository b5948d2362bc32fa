package com.billaudit.server.analysis;

import com.billaudit.persistence.analysis.AnalysisFilter;
import com.billaudit.persistence.analysis.AnalysisStatus;
import com.billaudit.server.http.ApiException;
import com.billaudit.server.http.QueryParams;
import io.helidon.common.uri.UriQuery;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ListQueryTest {

    @Test
    void validQueryBecomesAFilterForTheCaller() {
        AnalysisFilter filter = filter("status=completed&verdict=critical&since=2024-03-01&until=2024-03-02T12:00:00Z&limit=5&cursor=abc");

        assertEquals("k-1", filter.ownerKeyId());
        assertEquals(AnalysisStatus.COMPLETED, filter.status());
        assertEquals("critical", filter.verdict());
        assertEquals(Instant.parse("2024-03-01T00:00:00Z"), filter.since());
        assertEquals(Instant.parse("2024-03-02T12:00:00Z"), filter.until());
        assertEquals(5, filter.limit());
        assertEquals("abc", filter.cursor());
    }

    @Test
    void emptyQueryListsNewestWithDefaultLimit() {
        AnalysisFilter filter = filter("");

        assertNull(filter.status());
        assertEquals(ListQuery.DEFAULT_LIMIT, filter.limit());
    }

    @Test
    void reviewNeededOrNoneFilters() {
        assertEquals(Boolean.TRUE, filter("review=needed").reviewNeeded());
        assertEquals(Boolean.FALSE, filter("review=none").reviewNeeded());
        assertNull(filter("").reviewNeeded());
        assertThrows(ApiException.BadRequest.class, () -> filter("review=yes"));
    }

    @Test
    void malformedValuesAreBadRequests() {
        assertThrows(ApiException.BadRequest.class, () -> filter("status=done"));
        assertThrows(ApiException.BadRequest.class, () -> filter("verdict=OKAY"));
        assertThrows(ApiException.BadRequest.class, () -> filter("limit=101"));
        assertThrows(ApiException.BadRequest.class, () -> filter("since=yesterday"));
    }

    private static AnalysisFilter filter(String query) {
        return ListQuery.filter(new QueryParams(UriQuery.create(query)), "k-1");
    }
}

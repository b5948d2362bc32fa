package com.billaudit.server.scheme;

import com.billaudit.persistence.scheme.ListVersion;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a tariff or non-payable list as {@code GET /v1/schemes} shows it.
 *
 * @param origin  "import" or "bundled" (shipped with the service, replaced by any import)
 * @param inForce whether it applies to a bill dated today
 */
public record ListVersionJson(int version, LocalDate effectiveFrom, String origin, int rows, Instant importedAt,
                              boolean inForce) {

    static ListVersionJson of(ListVersion version, int versionInForce) {
        return new ListVersionJson(version.version(), version.effectiveFrom(), version.origin().code(), version.rows(),
                version.importedAt(), version.version() == versionInForce);
    }
}

package com.billaudit.persistence.scheme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One version of a scheme's tariff or non-payable list.
 *
 * @param effectiveFrom first day the version applies to bills
 * @param origin        imported through the API, or seeded from the bundled data
 * @param rows          how many rows or items it holds
 * @param token         names this version's content in caches: random for an import, derived from the data for a
 *                      bundled version (so a release with other bundled data is noticed)
 */
public record ListVersion(int version, LocalDate effectiveFrom, Origin origin, int rows, Instant importedAt,
                          UUID token) {

    /** Where a version came from. */
    public enum Origin {
        IMPORT, BUNDLED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Origin of(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }
}

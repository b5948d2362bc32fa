package com.billaudit.persistence.scheme;

import com.billaudit.domain.Scheme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A scheme with the versions of its reference lists: the ones in force on the day asked about
 * (0 = none imported) and every version, oldest first.
 */
public record SchemeSummary(Scheme scheme, int tariffVersion, int tariffRows, int nonPayableVersion,
                            int nonPayableRows, Instant updatedAt, List<ListVersion> tariffVersions,
                            List<ListVersion> nonPayableVersions) {
    public SchemeSummary {
        tariffVersions = List.copyOf(tariffVersions);
        nonPayableVersions = List.copyOf(nonPayableVersions);
    }

    static SchemeSummary of(SchemeVersions versions, Instant headerUpdatedAt, LocalDate today) {
        ListVersion tariff = versions.tariffInForce(today).orElse(null);
        ListVersion nonPayable = versions.nonPayableInForce(today).orElse(null);
        Instant updatedAt = headerUpdatedAt;
        for (ListVersion v : concat(versions.tariff(), versions.nonPayable())) {
            updatedAt = v.importedAt().isAfter(updatedAt) ? v.importedAt() : updatedAt;
        }
        return new SchemeSummary(versions.scheme(), tariff == null ? 0 : tariff.version(),
                tariff == null ? 0 : tariff.rows(), nonPayable == null ? 0 : nonPayable.version(),
                nonPayable == null ? 0 : nonPayable.rows(), updatedAt, versions.tariff(), versions.nonPayable());
    }

    private static List<ListVersion> concat(List<ListVersion> a, List<ListVersion> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}

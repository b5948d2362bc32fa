package com.billaudit.persistence.scheme;

import com.billaudit.domain.Scheme;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A scheme header with every version of its two lists, oldest first, and the rule that decides
 * which version applies to a bill of a given date:
 * <ol>
 * <li>bundled versions are placeholders: once any version of a list was imported, only
 *     imported versions count;</li>
 * <li>of those, the one with the latest effective date on or before the bill's date applies,
 *     the later import winning a tie (a re-import for the same date is a correction);</li>
 * <li>a bill older than every version gets the latest version: it is the list the operator
 *     loaded last, which beats auditing against nothing.</li>
 * </ol>
 */
public record SchemeVersions(Scheme scheme, List<ListVersion> tariff, List<ListVersion> nonPayable) {
    public SchemeVersions {
        tariff = List.copyOf(tariff);
        nonPayable = List.copyOf(nonPayable);
    }

    public Optional<ListVersion> tariffInForce(LocalDate date) {
        return inForce(tariff, date);
    }

    public Optional<ListVersion> nonPayableInForce(LocalDate date) {
        return inForce(nonPayable, date);
    }

    static Optional<ListVersion> inForce(List<ListVersion> versions, LocalDate date) {
        boolean anyImported = versions.stream().anyMatch(v -> v.origin() == ListVersion.Origin.IMPORT);
        List<ListVersion> eligible = versions.stream()
                .filter(v -> !anyImported || v.origin() == ListVersion.Origin.IMPORT)
                .toList();
        Comparator<ListVersion> latestImport = Comparator.comparingInt(ListVersion::version);
        return eligible.stream()
                .filter(v -> !v.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(ListVersion::effectiveFrom).thenComparing(latestImport))
                .or(() -> eligible.stream().max(latestImport));
    }
}

package com.billaudit.persistence.reference;

import com.billaudit.domain.NonPayableItem;
import com.billaudit.domain.Scheme;
import com.billaudit.domain.TariffRow;

import java.time.LocalDate;
import java.util.List;

/**
 * A scheme assembled from the reference data shipped with the service.
 *
 * @param datasets      the bundled datasets it is made of, e.g. {@code [cghs, nppa, irdai]}
 * @param effectiveFrom the date its bundled versions are in force from
 */
public record BundledScheme(Scheme scheme, List<TariffRow> tariff, List<NonPayableItem> nonPayable,
                            List<String> datasets, LocalDate effectiveFrom) {
    public BundledScheme {
        tariff = List.copyOf(tariff);
        nonPayable = List.copyOf(nonPayable);
        datasets = List.copyOf(datasets);
    }
}

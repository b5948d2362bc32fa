package com.billaudit.domain;

import java.util.List;

/**
 * Everything an audit needs of a scheme: its header, the tariff version in force and the
 * non-payable list in force.
 *
 * @param tariffVersion     version of the tariff used (0 when the scheme has none)
 * @param nonPayableVersion version of the non-payable list used (0 when none)
 */
public record Rulebook(Scheme scheme, int tariffVersion, List<TariffRow> tariff,
                       int nonPayableVersion, List<NonPayableItem> nonPayable) {
    public Rulebook {
        tariff = List.copyOf(tariff);
        nonPayable = List.copyOf(nonPayable);
    }
}

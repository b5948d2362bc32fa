package com.billaudit.rulebook;

import java.time.LocalDate;

/**
 * Where an analysis gets its scheme's rulebook once it knows the bill's date: the versions of
 * the tariff and non-payable list in force on that date. Implemented over the database (with
 * caches) by the service; a fixed rulebook in tests.
 */
@FunctionalInterface
public interface RulebookSource {

    PreparedRulebook forDate(LocalDate billDate);

    /** The same rulebook whatever the date. */
    static RulebookSource fixed(PreparedRulebook rulebook) {
        return date -> rulebook;
    }
}

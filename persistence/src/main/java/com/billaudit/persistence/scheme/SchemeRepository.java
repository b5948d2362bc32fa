package com.billaudit.persistence.scheme;

import com.billaudit.domain.NonPayableItem;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.Scheme;
import com.billaudit.domain.TariffRow;
import com.billaudit.persistence.Database;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Schemes and their versioned tariffs and non-payable lists. */
public final class SchemeRepository {

    public SchemeRepository(Database database) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Creates or updates the scheme header; true when it was created. */
    public boolean upsert(Scheme scheme) {
        throw new UnsupportedOperationException("TODO");
    }

    public Optional<Scheme> find(String code) {
        throw new UnsupportedOperationException("TODO");
    }

    public List<SchemeSummary> list() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Stores {@code rows} as the scheme's new tariff version in one transaction; returns the version. */
    public int replaceTariff(String code, List<TariffRow> rows) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Stores {@code items} as the scheme's new non-payable version in one transaction; returns the version. */
    public int replaceNonPayable(String code, List<NonPayableItem> items) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The scheme with the tariff and non-payable versions in force on {@code onDate}. */
    public Optional<Rulebook> rulebook(String code, LocalDate onDate) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Rows of the tariff in force whose code, name or aliases contain {@code query} (null: all). */
    public List<TariffRow> searchTariff(String code, String query, int limit) {
        throw new UnsupportedOperationException("TODO");
    }
}

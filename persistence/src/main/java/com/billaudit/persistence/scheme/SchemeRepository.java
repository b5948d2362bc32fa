package com.billaudit.persistence.scheme;

import com.billaudit.domain.NonPayableItem;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.Scheme;
import com.billaudit.domain.TariffRow;
import com.billaudit.persistence.Database;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Schemes and their versioned tariffs and non-payable lists. Each import is a new version written
 * in one transaction; the latest version is the one in force, earlier ones stay as history.
 */
public final class SchemeRepository {
    private static final String TARIFF_COLUMNS =
            "r.code, r.name, r.rate, r.unit, r.category, r.aliases, r.region, r.effective_from";
    private static final String LATEST_TARIFF = """
            (SELECT id FROM tariff_versions WHERE scheme_code = :code ORDER BY version DESC LIMIT 1)""";

    private final Jdbi jdbi;

    public SchemeRepository(Database database) {
        this.jdbi = database.jdbi();
    }

    /** Creates or updates the scheme header; true when it was created. */
    public boolean upsert(Scheme scheme) {
        // xmax is 0 only on a freshly inserted row version: the cheap way to tell insert from update
        return jdbi.withHandle(handle -> handle.createQuery("""
                        INSERT INTO schemes (code, name, currency, overcharge_tolerance)
                        VALUES (:code, :name, :currency, :tolerance)
                        ON CONFLICT (code) DO UPDATE SET name = excluded.name, currency = excluded.currency,
                               overcharge_tolerance = excluded.overcharge_tolerance, updated_at = clock_timestamp()
                        RETURNING xmax = 0""")
                .bind("code", scheme.code())
                .bind("name", scheme.name())
                .bind("currency", scheme.currency())
                .bind("tolerance", scheme.overchargeTolerance())
                .mapTo(Boolean.class)
                .one());
    }

    public Optional<Scheme> find(String code) {
        return jdbi.withHandle(handle -> findScheme(handle, code));
    }

    private static Optional<Scheme> findScheme(Handle handle, String code) {
        return handle.createQuery("SELECT code, name, currency, overcharge_tolerance FROM schemes WHERE code = :code")
                .bind("code", code)
                .map(new SchemeMapper())
                .findOne();
    }

    /** Every scheme with the versions in force and their sizes, by code. */
    public List<SchemeSummary> list() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT s.code, s.name, s.currency, s.overcharge_tolerance,
                               coalesce(t.version, 0) AS tariff_version, coalesce(t.row_count, 0) AS tariff_rows,
                               coalesce(n.version, 0) AS non_payable_version, coalesce(n.row_count, 0) AS non_payable_rows,
                               greatest(s.updated_at, t.imported_at, n.imported_at) AS updated_at
                        FROM schemes s
                        LEFT JOIN LATERAL (SELECT version, row_count, imported_at FROM tariff_versions
                                           WHERE scheme_code = s.code ORDER BY version DESC LIMIT 1) t ON true
                        LEFT JOIN LATERAL (SELECT version, row_count, imported_at FROM non_payable_versions
                                           WHERE scheme_code = s.code ORDER BY version DESC LIMIT 1) n ON true
                        ORDER BY s.code""")
                .map(new SchemeSummaryMapper())
                .list());
    }

    /** Stores {@code rows} as the scheme's new tariff version in one transaction; returns the version. */
    public int replaceTariff(String code, List<TariffRow> rows) {
        return jdbi.inTransaction(handle -> {
            int version = nextVersion(handle, "tariff_versions", code);
            long versionId = insertVersion(handle, "tariff_versions", code, version, rows.size());
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO tariff_rows (version_id, position, code, name, rate, unit, category, aliases, region,
                                             effective_from)
                    VALUES (:versionId, :position, :code, :name, :rate, :unit, :category, :aliases, :region,
                            :effectiveFrom)""");
            for (int i = 0; i < rows.size(); i++) {
                TariffRow row = rows.get(i);
                batch.bind("versionId", versionId).bind("position", i + 1)
                        .bind("code", row.code()).bind("name", row.name()).bind("rate", row.rate())
                        .bind("unit", row.unit()).bind("category", row.category().code())
                        .bindArray("aliases", String.class, row.aliases())
                        .bind("region", row.region()).bind("effectiveFrom", row.effectiveFrom())
                        .add();
            }
            executeIfAny(batch, rows.size());
            return version;
        });
    }

    /** Stores {@code items} as the scheme's new non-payable version in one transaction; returns the version. */
    public int replaceNonPayable(String code, List<NonPayableItem> items) {
        return jdbi.inTransaction(handle -> {
            int version = nextVersion(handle, "non_payable_versions", code);
            long versionId = insertVersion(handle, "non_payable_versions", code, version, items.size());
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO non_payable_items (version_id, position, name, category, reason, aliases)
                    VALUES (:versionId, :position, :name, :category, :reason, :aliases)""");
            for (int i = 0; i < items.size(); i++) {
                NonPayableItem item = items.get(i);
                batch.bind("versionId", versionId).bind("position", i + 1)
                        .bind("name", item.name()).bind("category", item.category()).bind("reason", item.reason())
                        .bindArray("aliases", String.class, item.aliases())
                        .add();
            }
            executeIfAny(batch, items.size());
            return version;
        });
    }

    /** Locks the scheme row so concurrent imports of one scheme get consecutive versions. */
    private static int nextVersion(Handle handle, String versionTable, String code) {
        handle.createQuery("SELECT code FROM schemes WHERE code = :code FOR UPDATE")
                .bind("code", code)
                .mapTo(String.class)
                .findOne()
                .orElseThrow(() -> new NoSuchElementException("no scheme '" + code + "'"));
        return handle.createQuery("SELECT coalesce(max(version), 0) + 1 FROM " + versionTable
                        + " WHERE scheme_code = :code")
                .bind("code", code)
                .mapTo(Integer.class)
                .one();
    }

    private static long insertVersion(Handle handle, String versionTable, String code, int version, int rowCount) {
        return handle.createQuery("INSERT INTO " + versionTable + " (scheme_code, version, row_count)"
                        + " VALUES (:code, :version, :rows) RETURNING id")
                .bind("code", code)
                .bind("version", version)
                .bind("rows", rowCount)
                .mapTo(Long.class)
                .one();
    }

    private static void executeIfAny(PreparedBatch batch, int size) {
        if (size > 0) {
            batch.execute();
        }
    }

    /**
     * The scheme with the tariff and non-payable versions in force on {@code onDate}: the latest
     * imported version, without rows that start later, and of rows sharing a code and region only
     * the one that started last.
     */
    public Optional<Rulebook> rulebook(String code, LocalDate onDate) {
        return jdbi.inTransaction(handle -> findScheme(handle, code).map(scheme -> new Rulebook(scheme,
                latestVersion(handle, "tariff_versions", code), tariffInForce(handle, code, onDate),
                latestVersion(handle, "non_payable_versions", code), nonPayableInForce(handle, code))));
    }

    private static int latestVersion(Handle handle, String versionTable, String code) {
        return handle.createQuery("SELECT coalesce(max(version), 0) FROM " + versionTable + " WHERE scheme_code = :code")
                .bind("code", code)
                .mapTo(Integer.class)
                .one();
    }

    private static List<TariffRow> tariffInForce(Handle handle, String code, LocalDate onDate) {
        return handle.createQuery("SELECT " + TARIFF_COLUMNS + " FROM (" + """
                        SELECT DISTINCT ON (code, coalesce(region, '')) *
                        FROM tariff_rows
                        WHERE version_id = """ + LATEST_TARIFF + """
                          AND (effective_from IS NULL OR effective_from <= :onDate)
                        ORDER BY code, coalesce(region, ''), effective_from DESC NULLS LAST, position
                        ) r ORDER BY r.position""")
                .bind("code", code)
                .bind("onDate", onDate)
                .map(new TariffRowMapper())
                .list();
    }

    private static List<NonPayableItem> nonPayableInForce(Handle handle, String code) {
        return handle.createQuery("""
                        SELECT name, category, reason, aliases FROM non_payable_items
                        WHERE version_id = (SELECT id FROM non_payable_versions WHERE scheme_code = :code
                                            ORDER BY version DESC LIMIT 1)
                        ORDER BY position""")
                .bind("code", code)
                .map(new NonPayableItemMapper())
                .list();
    }

    /** Rows of the latest tariff whose code, name or aliases contain {@code query} (null: all), in file order. */
    public List<TariffRow> searchTariff(String code, String query, int limit) {
        String pattern = query == null || query.isBlank() ? "%" : "%" + escapeLike(query.trim()) + "%";
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + TARIFF_COLUMNS + """
                         FROM tariff_rows r
                        WHERE r.version_id = """ + LATEST_TARIFF + """
                          AND (r.code ILIKE :pattern OR r.name ILIKE :pattern
                               OR EXISTS (SELECT 1 FROM unnest(r.aliases) alias WHERE alias ILIKE :pattern))
                        ORDER BY r.position
                        LIMIT :limit""")
                .bind("code", code)
                .bind("pattern", pattern)
                .bind("limit", Math.max(1, limit))
                .map(new TariffRowMapper())
                .list());
    }

    /** Makes the user's text match literally: % and _ are LIKE wildcards, backslash the escape. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

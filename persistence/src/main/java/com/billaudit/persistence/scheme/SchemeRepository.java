package com.billaudit.persistence.scheme;

import com.billaudit.domain.NonPayableItem;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.Scheme;
import com.billaudit.domain.TariffRow;
import com.billaudit.persistence.Columns;
import com.billaudit.persistence.Database;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/**
 * Schemes and their versioned tariffs and non-payable lists. Each import is a new version,
 * written in one transaction, in force from its effective date; which version applies to a bill
 * is decided by {@link SchemeVersions}. Versions never change once written.
 */
public final class SchemeRepository {
    private static final String TARIFF_COLUMNS =
            "r.code, r.name, r.rate, r.unit, r.category, r.aliases, r.region, r.effective_from";
    private static final String VERSION_COLUMNS = "version, effective_from, origin, row_count, imported_at, token";
    private static final String TARIFF_VERSIONS = "tariff_versions";
    private static final String NON_PAYABLE_VERSIONS = "non_payable_versions";
    /** Rows sent to PostgreSQL in one batch of an import. */
    private static final int BATCH_ROWS = 1_000;

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

    /**
     * The scheme header with every version of both lists: what deciding the version in force needs.
     * Read for every analysis, so in one statement: one round trip, and one snapshot of all three tables.
     */
    public Optional<SchemeVersions> versions(String code) {
        List<VersionRow> rows = jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT s.code, s.name, s.currency, s.overcharge_tolerance, v.list, v.version,
                               v.effective_from, v.origin, v.row_count, v.imported_at, v.token
                        FROM schemes s LEFT JOIN (
                            SELECT 'tariff' AS list, scheme_code, %1$s FROM %2$s
                            UNION ALL
                            SELECT 'non-payable' AS list, scheme_code, %1$s FROM %3$s) v ON v.scheme_code = s.code
                        WHERE s.code = :code
                        ORDER BY v.list, v.version""".formatted(VERSION_COLUMNS, TARIFF_VERSIONS, NON_PAYABLE_VERSIONS))
                .bind("code", code)
                .map((rs, ctx) -> new VersionRow(new SchemeMapper().map(rs, ctx), rs.getString("list"),
                        rs.getString("list") == null ? null : new ListVersionMapper().map(rs, ctx)))
                .list());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SchemeVersions(rows.getFirst().scheme(), ofList(rows, "tariff"), ofList(rows, "non-payable")));
    }

    /** A scheme header with one version of one of its lists (none when it has no versions at all). */
    private record VersionRow(Scheme scheme, String list, ListVersion version) {
    }

    private static List<ListVersion> ofList(List<VersionRow> rows, String list) {
        return rows.stream().filter(row -> list.equals(row.list())).map(VersionRow::version).toList();
    }

    private static List<ListVersion> versionsOf(Handle handle, String table, String code) {
        return handle.createQuery("SELECT " + VERSION_COLUMNS + " FROM " + table
                        + " WHERE scheme_code = :code ORDER BY version")
                .bind("code", code)
                .map(new ListVersionMapper())
                .list();
    }

    /** Every scheme by code, with its versions and the ones in force today (UTC). */
    public List<SchemeSummary> list() {
        return list(LocalDate.now(ZoneOffset.UTC));
    }

    /** Every scheme by code, with its versions and the ones in force on {@code today}. */
    public List<SchemeSummary> list(LocalDate today) {
        return jdbi.inTransaction(handle -> {
            Map<String, List<ListVersion>> tariffs = allVersions(handle, TARIFF_VERSIONS);
            Map<String, List<ListVersion>> nonPayables = allVersions(handle, NON_PAYABLE_VERSIONS);
            return handle.createQuery("SELECT code, name, currency, overcharge_tolerance, updated_at FROM schemes"
                            + " ORDER BY code")
                    .map((rs, ctx) -> {
                        Scheme scheme = new SchemeMapper().map(rs, ctx);
                        Instant updatedAt = Columns.instant(rs, "updated_at");
                        SchemeVersions versions = new SchemeVersions(scheme,
                                tariffs.getOrDefault(scheme.code(), List.of()),
                                nonPayables.getOrDefault(scheme.code(), List.of()));
                        return SchemeSummary.of(versions, updatedAt, today);
                    })
                    .list();
        });
    }

    private static Map<String, List<ListVersion>> allVersions(Handle handle, String table) {
        Map<String, List<ListVersion>> byScheme = new HashMap<>();
        handle.createQuery("SELECT scheme_code, " + VERSION_COLUMNS + " FROM " + table + " ORDER BY scheme_code, version")
                .map((rs, ctx) -> Map.entry(rs.getString("scheme_code"), new ListVersionMapper().map(rs, ctx)))
                .forEach(e -> byScheme.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byScheme;
    }

    /** Stores {@code rows} as the scheme's new tariff version in force from today (UTC); returns the version. */
    public int replaceTariff(String code, List<TariffRow> rows) {
        return replaceTariff(code, rows, LocalDate.now(ZoneOffset.UTC));
    }

    /** Stores {@code rows} as the scheme's new tariff version in force from {@code effectiveFrom}; returns the version. */
    public int replaceTariff(String code, List<TariffRow> rows, LocalDate effectiveFrom) {
        return jdbi.inTransaction(handle -> insertTariff(handle, code, rows, effectiveFrom, ListVersion.Origin.IMPORT,
                UUID.randomUUID()));
    }

    /** Stores {@code items} as the scheme's new non-payable version in force from today (UTC); returns the version. */
    public int replaceNonPayable(String code, List<NonPayableItem> items) {
        return replaceNonPayable(code, items, LocalDate.now(ZoneOffset.UTC));
    }

    /** Stores {@code items} as the scheme's new non-payable version in force from {@code effectiveFrom}. */
    public int replaceNonPayable(String code, List<NonPayableItem> items, LocalDate effectiveFrom) {
        return jdbi.inTransaction(handle -> insertNonPayable(handle, code, items, effectiveFrom,
                ListVersion.Origin.IMPORT, UUID.randomUUID()));
    }

    /**
     * Creates or refreshes a scheme from bundled data: the header when missing, and each list as
     * a bundled version when the scheme has none of it yet or only bundled ones holding other
     * data (a release that ships corrected figures). A list that was ever imported is left alone.
     * Replicas starting at once serialise on an advisory lock per scheme, so the data goes in once.
     */
    public SeedResult seed(Scheme scheme, List<TariffRow> tariff, List<NonPayableItem> nonPayable,
                           LocalDate effectiveFrom) {
        return jdbi.inTransaction(handle -> {
            handle.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('billaudit.seed'), hashtext(:code))) l")
                    .bind("code", scheme.code())
                    .mapTo(Integer.class)
                    .one();
            boolean created = handle.createUpdate("""
                            INSERT INTO schemes (code, name, currency, overcharge_tolerance)
                            VALUES (:code, :name, :currency, :tolerance) ON CONFLICT (code) DO NOTHING""")
                    .bind("code", scheme.code())
                    .bind("name", scheme.name())
                    .bind("currency", scheme.currency())
                    .bind("tolerance", scheme.overchargeTolerance())
                    .execute() == 1;
            UUID tariffPrint = fingerprint(tariff, effectiveFrom);
            UUID nonPayablePrint = fingerprint(nonPayable, effectiveFrom);
            int tariffVersion = tariff.isEmpty() || !needsBundled(handle, TARIFF_VERSIONS, scheme.code(), tariffPrint) ? 0
                    : insertTariff(handle, scheme.code(), tariff, effectiveFrom, ListVersion.Origin.BUNDLED, tariffPrint);
            int nonPayableVersion = nonPayable.isEmpty()
                    || !needsBundled(handle, NON_PAYABLE_VERSIONS, scheme.code(), nonPayablePrint) ? 0
                    : insertNonPayable(handle, scheme.code(), nonPayable, effectiveFrom, ListVersion.Origin.BUNDLED,
                    nonPayablePrint);
            return new SeedResult(created, tariffVersion, nonPayableVersion);
        });
    }

    /** What {@link #seed} did: the versions it created, 0 for a list that was already there. */
    public record SeedResult(boolean schemeCreated, int tariffVersion, int nonPayableVersion) {
        public boolean changedAnything() {
            return schemeCreated || tariffVersion > 0 || nonPayableVersion > 0;
        }
    }

    /** Whether a list needs the bundled data: it has no version, or only bundled ones the latest of which differs. */
    private static boolean needsBundled(Handle handle, String table, String code, UUID fingerprint) {
        List<ListVersion> versions = versionsOf(handle, table, code);
        if (versions.stream().anyMatch(v -> v.origin() == ListVersion.Origin.IMPORT)) {
            return false;
        }
        return versions.isEmpty() || !versions.getLast().token().equals(fingerprint);
    }

    /** Names bundled content: the same rows and date always give the same token. */
    private static UUID fingerprint(List<?> rows, LocalDate effectiveFrom) {
        return UUID.nameUUIDFromBytes((effectiveFrom + "\n" + rows).getBytes(StandardCharsets.UTF_8));
    }

    private static int insertTariff(Handle handle, String code, List<TariffRow> rows, LocalDate effectiveFrom,
                                    ListVersion.Origin origin, UUID token) {
        int version = nextVersion(handle, TARIFF_VERSIONS, code);
        long versionId = insertVersion(handle, TARIFF_VERSIONS, code, version, rows.size(), effectiveFrom, origin, token);
        insertInBatches(handle, """
                INSERT INTO tariff_rows (version_id, position, code, name, rate, unit, category, aliases, region,
                                         effective_from)
                VALUES (:versionId, :position, :code, :name, :rate, :unit, :category, :aliases, :region,
                        :effectiveFrom)""", rows, (batch, row, position) -> batch.bind("versionId", versionId)
                .bind("position", position)
                .bind("code", row.code()).bind("name", row.name()).bind("rate", row.rate())
                .bind("unit", row.unit()).bind("category", row.category().code())
                .bindArray("aliases", String.class, row.aliases())
                .bind("region", row.region()).bind("effectiveFrom", row.effectiveFrom()));
        return version;
    }

    private static int insertNonPayable(Handle handle, String code, List<NonPayableItem> items, LocalDate effectiveFrom,
                                        ListVersion.Origin origin, UUID token) {
        int version = nextVersion(handle, NON_PAYABLE_VERSIONS, code);
        long versionId = insertVersion(handle, NON_PAYABLE_VERSIONS, code, version, items.size(), effectiveFrom, origin,
                token);
        insertInBatches(handle, """
                INSERT INTO non_payable_items (version_id, position, name, category, reason, aliases)
                VALUES (:versionId, :position, :name, :category, :reason, :aliases)""", items,
                (batch, item, position) -> batch.bind("versionId", versionId).bind("position", position)
                        .bind("name", item.name()).bind("category", item.category()).bind("reason", item.reason())
                        .bindArray("aliases", String.class, item.aliases()));
        return version;
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

    private static long insertVersion(Handle handle, String versionTable, String code, int version, int rowCount,
                                      LocalDate effectiveFrom, ListVersion.Origin origin, UUID token) {
        return handle.createQuery("INSERT INTO " + versionTable
                        + " (scheme_code, version, row_count, effective_from, origin, token)"
                        + " VALUES (:code, :version, :rows, :effectiveFrom, :origin, :token) RETURNING id")
                .bind("token", token)
                .bind("code", code)
                .bind("version", version)
                .bind("rows", rowCount)
                .bind("effectiveFrom", effectiveFrom)
                .bind("origin", origin.code())
                .mapTo(Long.class)
                .one();
    }

    /** Binds one row's values into a batch. */
    @FunctionalInterface
    private interface RowBinder<T> {
        void bind(PreparedBatch batch, T row, int position);
    }

    /**
     * Inserts the rows, numbered from 1, a batch of {@link #BATCH_ROWS} at a time: the bound values of a
     * whole import (nine objects and more per row) are never held at once.
     */
    private static <T> void insertInBatches(Handle handle, String sql, List<T> rows, RowBinder<T> binder) {
        for (int from = 0; from < rows.size(); from += BATCH_ROWS) {
            try (PreparedBatch batch = handle.prepareBatch(sql)) {
                for (int i = from; i < Math.min(rows.size(), from + BATCH_ROWS); i++) {
                    binder.bind(batch, rows.get(i), i + 1);
                    batch.add();
                }
                batch.execute();
            }
        }
    }

    /**
     * The scheme with the tariff and non-payable versions in force on {@code onDate}, holding only
     * the tariff rows in force that day: without rows that start later, and of rows sharing a
     * code and region only the one that started last.
     */
    public Optional<Rulebook> rulebook(String code, LocalDate onDate) {
        return jdbi.inTransaction(handle -> findScheme(handle, code).map(scheme -> {
            SchemeVersions versions = new SchemeVersions(scheme, versionsOf(handle, TARIFF_VERSIONS, code),
                    versionsOf(handle, NON_PAYABLE_VERSIONS, code));
            int tariffVersion = versions.tariffInForce(onDate).map(ListVersion::version).orElse(0);
            int nonPayableVersion = versions.nonPayableInForce(onDate).map(ListVersion::version).orElse(0);
            return new Rulebook(scheme, tariffVersion, tariffInForce(handle, code, tariffVersion, onDate),
                    nonPayableVersion, nonPayableItems(handle, code, nonPayableVersion));
        }));
    }

    /**
     * The scheme with two given versions whole: every tariff row whatever its own effective date
     * (the matcher picks the row in force per bill line), so one loaded rulebook serves bills of
     * any date. 0 for a list that has no version.
     */
    public Optional<Rulebook> rulebook(String code, int tariffVersion, int nonPayableVersion) {
        return jdbi.inTransaction(handle -> findScheme(handle, code).map(scheme -> new Rulebook(scheme,
                tariffVersion, tariffRows(handle, code, tariffVersion), nonPayableVersion,
                nonPayableItems(handle, code, nonPayableVersion))));
    }

    private static List<TariffRow> tariffRows(Handle handle, String code, int version) {
        return handle.createQuery("SELECT " + TARIFF_COLUMNS + """
                         FROM tariff_rows r JOIN tariff_versions v ON v.id = r.version_id
                        WHERE v.scheme_code = :code AND v.version = :version
                        ORDER BY r.position""")
                .bind("code", code)
                .bind("version", version)
                .map(new TariffRowMapper())
                .list();
    }

    private static List<TariffRow> tariffInForce(Handle handle, String code, int version, LocalDate onDate) {
        return handle.createQuery("SELECT " + TARIFF_COLUMNS + " FROM (" + """
                        SELECT DISTINCT ON (r.code, coalesce(r.region, '')) r.*
                        FROM tariff_rows r JOIN tariff_versions v ON v.id = r.version_id
                        WHERE v.scheme_code = :code AND v.version = :version
                          AND (r.effective_from IS NULL OR r.effective_from <= :onDate)
                        ORDER BY r.code, coalesce(r.region, ''), r.effective_from DESC NULLS LAST, r.position
                        ) r ORDER BY r.position""")
                .bind("code", code)
                .bind("version", version)
                .bind("onDate", onDate)
                .map(new TariffRowMapper())
                .list();
    }

    private static List<NonPayableItem> nonPayableItems(Handle handle, String code, int version) {
        return handle.createQuery("""
                        SELECT i.name, i.category, i.reason, i.aliases
                        FROM non_payable_items i JOIN non_payable_versions v ON v.id = i.version_id
                        WHERE v.scheme_code = :code AND v.version = :version
                        ORDER BY i.position""")
                .bind("code", code)
                .bind("version", version)
                .map(new NonPayableItemMapper())
                .list();
    }

    /**
     * Rows of the tariff in force today (UTC) whose code, name or aliases contain {@code query}
     * (null: all), in file order.
     */
    public List<TariffRow> searchTariff(String code, String query, int limit) {
        String pattern = query == null || query.isBlank() ? "%" : "%" + escapeLike(query.trim()) + "%";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return jdbi.inTransaction(handle -> {
            int version = SchemeVersions.inForce(versionsOf(handle, TARIFF_VERSIONS, code), today)
                    .map(ListVersion::version).orElse(0);
            return handle.createQuery("SELECT " + TARIFF_COLUMNS + """
                             FROM tariff_rows r JOIN tariff_versions v ON v.id = r.version_id
                            WHERE v.scheme_code = :code AND v.version = :version
                              AND (r.code ILIKE :pattern OR r.name ILIKE :pattern
                                   OR EXISTS (SELECT 1 FROM unnest(r.aliases) alias WHERE alias ILIKE :pattern))
                            ORDER BY r.position
                            LIMIT :limit""")
                    .bind("code", code)
                    .bind("version", version)
                    .bind("pattern", pattern)
                    .bind("limit", Math.max(1, limit))
                    .map(new TariffRowMapper())
                    .list();
        });
    }

    /** Makes the user's text match literally: % and _ are LIKE wildcards, backslash the escape. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

package com.billaudit.persistence.analysis;

import com.billaudit.domain.DocumentInfo;
import com.billaudit.persistence.Database;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Analyses and their documents and results in PostgreSQL. */
public final class AnalysisRepository {
    static final int MAX_PAGE = 100;
    private static final String STORED_COLUMNS = """
            SELECT a.id, a.status, a.owner_key_id, a.reference, a.created_at, a.completed_at, a.scheme, a.region,
                   a.currency, a.error_code, a.error_message, a.report::text AS report,
                   d.file_name, d.content_type, d.size_bytes, d.sha256
            FROM analyses a JOIN documents d ON d.analysis_id = a.id""";
    private static final String SUMMARY_COLUMNS = """
            SELECT a.id, a.status, a.reference, a.created_at, a.completed_at, a.scheme, d.file_name,
                   a.document_type, a.verdict, a.billed, a.recoverable
            FROM analyses a JOIN documents d ON d.analysis_id = a.id""";

    private final Jdbi jdbi;

    public AnalysisRepository(Database database) {
        this.jdbi = database.jdbi();
    }

    /**
     * Stores the document and a queued analysis in one transaction. With an idempotency key that
     * the same owner used before, stores nothing and returns the earlier analysis (also under a race).
     */
    public CreatedAnalysis create(NewAnalysis analysis) {
        return jdbi.inTransaction(handle -> {
            Optional<UUID> inserted = insertAnalysis(handle, analysis);
            if (inserted.isEmpty()) {
                return new CreatedAnalysis(earlierWithSameKey(handle, analysis), true);
            }
            insertDocument(handle, inserted.get(), analysis.document(), analysis.content());
            return new CreatedAnalysis(inserted.get(), false);
        });
    }

    /** Empty when the owner's idempotency key is taken: the unique index decides, so a race has one winner. */
    private static Optional<UUID> insertAnalysis(Handle handle, NewAnalysis analysis) {
        return handle.createQuery("""
                        INSERT INTO analyses (id, owner_key_id, status, reference, scheme, region, currency, idempotency_key)
                        VALUES (:id, :owner, 'queued', :reference, :scheme, :region, :currency, :idempotencyKey)
                        ON CONFLICT ((coalesce(owner_key_id, '')), idempotency_key) WHERE idempotency_key IS NOT NULL
                        DO NOTHING
                        RETURNING id""")
                .bind("id", UUID.randomUUID())
                .bind("owner", analysis.ownerKeyId())
                .bind("reference", analysis.reference())
                .bind("scheme", analysis.scheme())
                .bind("region", analysis.region())
                .bind("currency", analysis.currency())
                .bind("idempotencyKey", analysis.idempotencyKey())
                .mapTo(UUID.class)
                .findOne();
    }

    private static UUID earlierWithSameKey(Handle handle, NewAnalysis analysis) {
        return handle.createQuery("""
                        SELECT id FROM analyses
                        WHERE coalesce(owner_key_id, '') = :owner AND idempotency_key = :idempotencyKey""")
                .bind("owner", analysis.ownerKeyId() == null ? "" : analysis.ownerKeyId())
                .bind("idempotencyKey", analysis.idempotencyKey())
                .mapTo(UUID.class)
                .one();
    }

    private static void insertDocument(Handle handle, UUID id, DocumentInfo document, byte[] content) {
        handle.createUpdate("""
                        INSERT INTO documents (analysis_id, file_name, content_type, size_bytes, sha256, content)
                        VALUES (:id, :fileName, :contentType, :sizeBytes, :sha256, :content)""")
                .bind("id", id)
                .bind("fileName", document.fileName())
                .bind("contentType", document.contentType())
                .bind("sizeBytes", document.sizeBytes())
                .bind("sha256", document.sha256())
                .bind("content", content)
                .execute();
    }

    /** The analysis, when it exists and {@code ownerKeyId} (null: anyone) owns it. */
    public Optional<StoredAnalysis> find(UUID id, String ownerKeyId) {
        Conditions conditions = new Conditions().addIf(id, "id", "a.id = :id").addIf(ownerKeyId, "owner",
                "a.owner_key_id = :owner");
        return jdbi.withHandle(handle -> handle.createQuery(STORED_COLUMNS + conditions.where())
                .bindMap(conditions.bindings())
                .map(new StoredAnalysisMapper())
                .findOne());
    }

    /** Only the status, cheap enough to poll. */
    public Optional<AnalysisStatus> status(UUID id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT status FROM analyses WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne()
                .map(AnalysisStatus::fromCode));
    }

    /**
     * One page, newest first. {@code filter.cursor()} continues after the previous page.
     *
     * @throws IllegalArgumentException when the cursor is not one this repository made
     */
    public AnalysisPage list(AnalysisFilter filter) {
        int limit = Math.clamp(filter.limit(), 1, MAX_PAGE);
        Conditions conditions = new Conditions()
                .addIf(filter.ownerKeyId(), "owner", "a.owner_key_id = :owner")
                .addIf(filter.status() == null ? null : filter.status().code(), "status", "a.status = :status")
                .addIf(filter.verdict(), "verdict", "a.verdict = :verdict")
                .addIf(utc(filter.since()), "since", "a.created_at >= :since")
                .addIf(utc(filter.until()), "until", "a.created_at < :until");
        if (filter.cursor() != null) {
            AnalysisCursor after = AnalysisCursor.decode(filter.cursor());
            conditions.add("(a.created_at, a.id) < (:cursorAt, :cursorId)")
                    .bind("cursorAt", utc(after.createdAt()))
                    .bind("cursorId", after.id());
        }
        List<AnalysisSummary> rows = jdbi.withHandle(handle -> handle.createQuery(
                        SUMMARY_COLUMNS + conditions.where() + " ORDER BY a.created_at DESC, a.id DESC LIMIT :limit")
                .bindMap(conditions.bindings())
                .bind("limit", limit + 1)
                .map(new AnalysisSummaryMapper())
                .list());
        if (rows.size() <= limit) {
            return new AnalysisPage(rows, null);
        }
        List<AnalysisSummary> page = rows.subList(0, limit);
        AnalysisSummary last = page.getLast();
        return new AnalysisPage(List.copyOf(page), new AnalysisCursor(last.createdAt(), last.id()).encode());
    }

    /** Deletes the analysis with its document and results; false when unknown or not the owner's. */
    public boolean delete(UUID id, String ownerKeyId) {
        Conditions conditions = new Conditions().addIf(id, "id", "id = :id").addIf(ownerKeyId, "owner",
                "owner_key_id = :owner");
        // documents go with it (ON DELETE CASCADE); the report lives in the analyses row
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM analyses" + conditions.where())
                .bindMap(conditions.bindings())
                .execute()) > 0;
    }

    /** Counts and sums over analyses created in [since, until); null bounds are open. */
    public AnalysisStats stats(Instant since, Instant until, String ownerKeyId) {
        Conditions conditions = new Conditions()
                .addIf(ownerKeyId, "owner", "owner_key_id = :owner")
                .addIf(utc(since), "since", "created_at >= :since")
                .addIf(utc(until), "until", "created_at < :until");
        return jdbi.withHandle(handle -> new StatsQuery(handle, conditions).run());
    }

    /** Instants are bound as UTC offset date-times: the driver maps them to timestamptz exactly. */
    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The analysis's uploaded document, when the analysis exists and {@code ownerKeyId} (null: anyone) owns it. */
    public Optional<StoredDocument> document(UUID id, String ownerKeyId) {
        Conditions conditions = new Conditions().addIf(id, "id", "a.id = :id").addIf(ownerKeyId, "owner",
                "a.owner_key_id = :owner");
        return jdbi.withHandle(handle -> handle.createQuery("SELECT d.file_name, d.content_type, d.content "
                        + "FROM documents d JOIN analyses a ON a.id = d.analysis_id" + conditions.where())
                .bindMap(conditions.bindings())
                .map((rs, ctx) -> new StoredDocument(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .findOne());
    }
}

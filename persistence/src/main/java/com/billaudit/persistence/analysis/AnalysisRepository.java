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
                   a.progress_stage, a.progress_pages_done, a.progress_pages,
                   d.file_name, d.content_type, d.size_bytes, d.sha256
            FROM analyses a JOIN documents d ON d.analysis_id = a.id""";
    private static final String SUMMARY_COLUMNS = """
            SELECT a.id, a.status, a.reference, a.created_at, a.completed_at, a.scheme, d.file_name,
                   a.document_type, a.verdict, a.billed, a.recoverable, a.review_needed
            FROM analyses a JOIN documents d ON d.analysis_id = a.id""";

    private final Jdbi jdbi;

    public AnalysisRepository(Database database) {
        this.jdbi = database.jdbi();
    }

    /**
     * Stores the document and a queued analysis in one statement (so atomically, in one round
     * trip). With an idempotency key that the same owner used before, stores nothing and returns
     * the earlier analysis (also under a race).
     */
    public CreatedAnalysis create(NewAnalysis analysis) {
        return jdbi.withHandle(handle -> {
            Optional<UUID> inserted = insert(handle, analysis);
            return inserted.map(id -> new CreatedAnalysis(id, false))
                    .orElseGet(() -> new CreatedAnalysis(earlierWithSameKey(handle, analysis), true));
        });
    }

    /**
     * Empty when the owner's idempotency key is taken: the unique index decides, so a race has one
     * winner; the document row is only written for an analysis row that was.
     */
    private static Optional<UUID> insert(Handle handle, NewAnalysis analysis) {
        DocumentInfo document = analysis.document();
        return handle.createQuery("""
                        WITH inserted AS (
                            INSERT INTO analyses (id, owner_key_id, status, reference, scheme, region, currency, idempotency_key)
                            VALUES (:id, :owner, 'queued', :reference, :scheme, :region, :currency, :idempotencyKey)
                            ON CONFLICT ((coalesce(owner_key_id, '')), idempotency_key) WHERE idempotency_key IS NOT NULL
                            DO NOTHING
                            RETURNING id),
                        stored AS (
                            INSERT INTO documents (analysis_id, file_name, content_type, size_bytes, sha256, content)
                            SELECT id, :fileName, :contentType, :sizeBytes, :sha256, :content FROM inserted
                            RETURNING analysis_id)
                        SELECT analysis_id FROM stored""")
                .bind("id", UUID.randomUUID())
                .bind("owner", analysis.ownerKeyId())
                .bind("reference", analysis.reference())
                .bind("scheme", analysis.scheme())
                .bind("region", analysis.region())
                .bind("currency", analysis.currency())
                .bind("idempotencyKey", analysis.idempotencyKey())
                .bind("fileName", document.fileName())
                .bind("contentType", document.contentType())
                .bind("sizeBytes", document.sizeBytes())
                .bind("sha256", document.sha256())
                .bind("content", analysis.content())
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

    /** The analysis, when it exists and {@code ownerKeyId} (null: anyone) owns it. */
    public Optional<StoredAnalysis> find(UUID id, String ownerKeyId) {
        Conditions conditions = new Conditions().addIf(id, "id", "a.id = :id").addIf(ownerKeyId, "owner",
                "a.owner_key_id = :owner");
        return jdbi.withHandle(handle -> handle.createQuery(STORED_COLUMNS + conditions.where())
                .bindMap(conditions.bindings())
                .map(new StoredAnalysisMapper())
                .findOne());
    }

    /** The uploaded bytes, when the analysis exists and {@code ownerKeyId} (null: anyone) owns it. */
    public Optional<StoredDocument> document(UUID id, String ownerKeyId) {
        Conditions conditions = new Conditions().addIf(id, "id", "a.id = :id").addIf(ownerKeyId, "owner",
                "a.owner_key_id = :owner");
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT d.file_name, d.content_type, d.content
                        FROM analyses a JOIN documents d ON d.analysis_id = a.id""" + conditions.where())
                .bindMap(conditions.bindings())
                .map((rs, ctx) -> new StoredDocument(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .findOne());
    }

    /**
     * Records where a running analysis is. Only a processing analysis takes it: a late write after
     * completion, failure or deletion changes nothing.
     */
    public void recordProgress(UUID id, AnalysisProgress progress) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE analyses SET progress_stage = :stage, progress_pages_done = :pagesDone,
                               progress_pages = :pages
                        WHERE id = :id AND status = 'processing'""")
                .bind("id", id)
                .bind("stage", progress.stage())
                .bindByType("pagesDone", progress.pagesDone(), Integer.class)
                .bindByType("pages", progress.pages(), Integer.class)
                .execute());
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
                .addIf(filter.reviewNeeded(), "reviewNeeded", "a.review_needed = :reviewNeeded")
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
}

package com.billaudit.persistence.analysis;

import com.billaudit.persistence.Database;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Analyses and their documents and results in PostgreSQL. */
public final class AnalysisRepository {

    public AnalysisRepository(Database database) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Stores the document and a queued analysis in one transaction. With an idempotency key that
     * the same owner used before, stores nothing and returns the earlier analysis (also under a race).
     */
    public CreatedAnalysis create(NewAnalysis analysis) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The analysis, when it exists and {@code ownerKeyId} (null: anyone) owns it. */
    public Optional<StoredAnalysis> find(UUID id, String ownerKeyId) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Only the status, cheap enough to poll. */
    public Optional<AnalysisStatus> status(UUID id) {
        throw new UnsupportedOperationException("TODO");
    }

    public AnalysisPage list(AnalysisFilter filter) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Deletes the analysis with its document and results; false when unknown or not the owner's. */
    public boolean delete(UUID id, String ownerKeyId) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Counts and sums over analyses created in [since, until); null bounds are open. */
    public AnalysisStats stats(Instant since, Instant until, String ownerKeyId) {
        throw new UnsupportedOperationException("TODO");
    }
}

package com.billaudit.persistence.analysis;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.domain.DocumentInfo;
import com.billaudit.persistence.Columns;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

/** An analysis row joined with its document; the document as read by the pipeline once there is a report. */
public final class StoredAnalysisMapper implements RowMapper<StoredAnalysis> {
    private final DocumentInfoMapper documents = new DocumentInfoMapper();
    private final AnalysisReport known;

    /** Reads the report from the row's {@code report} column (JSON text). */
    StoredAnalysisMapper() {
        this(null);
    }

    /**
     * For a row written with {@code report} just now: the report is taken as it is rather than
     * read back from its JSON, and the row needs no {@code report} column.
     */
    public StoredAnalysisMapper(AnalysisReport known) {
        this.known = known;
    }

    @Override
    public StoredAnalysis map(ResultSet rs, StatementContext ctx) throws SQLException {
        AnalysisReport report = known != null ? known : parsed(rs.getString("report"));
        DocumentInfo document = report != null && report.document() != null ? report.document() : documents.map(rs, ctx);
        String errorCode = rs.getString("error_code");
        AnalysisError error = errorCode == null ? null : new AnalysisError(errorCode, rs.getString("error_message"));
        return new StoredAnalysis(rs.getObject("id", java.util.UUID.class), AnalysisStatus.fromCode(rs.getString("status")),
                rs.getString("owner_key_id"), rs.getString("reference"), Columns.instant(rs, "created_at"),
                Columns.instant(rs, "completed_at"), rs.getString("scheme"), rs.getString("region"),
                rs.getString("currency"), document, report, error, new AnalysisProgress(rs.getString("progress_stage"),
                        Columns.integer(rs, "progress_pages_done"), Columns.integer(rs, "progress_pages")));
    }

    private static AnalysisReport parsed(String json) {
        return json == null ? null : ReportJson.read(json);
    }
}

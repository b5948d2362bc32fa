package com.billaudit.persistence.analysis;

import com.billaudit.domain.AnalysisReport;
import com.billaudit.domain.DocumentInfo;
import com.billaudit.persistence.Columns;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

/** An analysis row joined with its document; the document as read by the pipeline once there is a report. */
final class StoredAnalysisMapper implements RowMapper<StoredAnalysis> {
    private final DocumentInfoMapper documents = new DocumentInfoMapper();

    @Override
    public StoredAnalysis map(ResultSet rs, StatementContext ctx) throws SQLException {
        String json = rs.getString("report");
        AnalysisReport report = json == null ? null : ReportJson.read(json);
        DocumentInfo document = report != null && report.document() != null ? report.document() : documents.map(rs, ctx);
        String errorCode = rs.getString("error_code");
        AnalysisError error = errorCode == null ? null : new AnalysisError(errorCode, rs.getString("error_message"));
        return new StoredAnalysis(rs.getObject("id", java.util.UUID.class), AnalysisStatus.fromCode(rs.getString("status")),
                rs.getString("owner_key_id"), rs.getString("reference"), Columns.instant(rs, "created_at"),
                Columns.instant(rs, "completed_at"), rs.getString("scheme"), rs.getString("region"),
                rs.getString("currency"), document, report, error, new AnalysisProgress(rs.getString("progress_stage"),
                        Columns.integer(rs, "progress_pages_done"), Columns.integer(rs, "progress_pages")));
    }
}

package com.billaudit.persistence.analysis;

import com.billaudit.persistence.Columns;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

final class AnalysisSummaryMapper implements RowMapper<AnalysisSummary> {

    @Override
    public AnalysisSummary map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AnalysisSummary(rs.getObject("id", UUID.class), AnalysisStatus.fromCode(rs.getString("status")),
                rs.getString("reference"), Columns.instant(rs, "created_at"), Columns.instant(rs, "completed_at"),
                rs.getString("scheme"), rs.getString("file_name"), rs.getString("document_type"),
                rs.getString("verdict"), Columns.decimal(rs, "billed"), Columns.decimal(rs, "recoverable"),
                rs.getBoolean("review_needed"));
    }
}

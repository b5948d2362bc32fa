package com.billaudit.persistence.queue;

import com.billaudit.persistence.Columns;
import com.billaudit.persistence.analysis.DocumentInfoMapper;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

final class ClaimedJobMapper implements RowMapper<ClaimedJob> {
    private final DocumentInfoMapper documents;

    ClaimedJobMapper(DocumentInfoMapper documents) {
        this.documents = documents;
    }

    @Override
    public ClaimedJob map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ClaimedJob(rs.getObject("id", UUID.class), rs.getInt("attempts"), rs.getString("scheme"),
                rs.getString("region"), Columns.instant(rs, "created_at"), documents.map(rs, ctx),
                rs.getBytes("content"));
    }
}

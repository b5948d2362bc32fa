package com.billaudit.persistence.analysis;

import com.billaudit.domain.DocumentInfo;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A {@code documents} row as stored at upload: identity only, nothing read from it yet. */
public final class DocumentInfoMapper implements RowMapper<DocumentInfo> {

    @Override
    public DocumentInfo map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new DocumentInfo(rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), null, null, null);
    }
}

package com.billaudit.persistence.scheme;

import com.billaudit.persistence.Columns;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

final class ListVersionMapper implements RowMapper<ListVersion> {

    @Override
    public ListVersion map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ListVersion(rs.getInt("version"), Columns.date(rs, "effective_from"),
                ListVersion.Origin.of(rs.getString("origin")), rs.getInt("row_count"),
                Columns.instant(rs, "imported_at"), rs.getObject("token", UUID.class));
    }
}

package com.billaudit.persistence.scheme;

import com.billaudit.domain.NonPayableItem;
import com.billaudit.persistence.Columns;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

final class NonPayableItemMapper implements RowMapper<NonPayableItem> {

    @Override
    public NonPayableItem map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new NonPayableItem(rs.getString("name"), rs.getString("category"), rs.getString("reason"),
                Columns.strings(rs, "aliases"));
    }
}

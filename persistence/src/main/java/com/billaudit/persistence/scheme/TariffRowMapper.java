package com.billaudit.persistence.scheme;

import com.billaudit.domain.Category;
import com.billaudit.domain.TariffRow;
import com.billaudit.persistence.Columns;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

final class TariffRowMapper implements RowMapper<TariffRow> {

    @Override
    public TariffRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new TariffRow(rs.getString("code"), rs.getString("name"), Columns.decimal(rs, "rate"),
                rs.getString("unit"), Category.fromCode(rs.getString("category")), Columns.strings(rs, "aliases"),
                rs.getString("region"), Columns.date(rs, "effective_from"));
    }
}

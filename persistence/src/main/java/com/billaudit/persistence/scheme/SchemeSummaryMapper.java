package com.billaudit.persistence.scheme;

import com.billaudit.persistence.Columns;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

final class SchemeSummaryMapper implements RowMapper<SchemeSummary> {
    private final SchemeMapper schemes = new SchemeMapper();

    @Override
    public SchemeSummary map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new SchemeSummary(schemes.map(rs, ctx), rs.getInt("tariff_version"), rs.getInt("tariff_rows"),
                rs.getInt("non_payable_version"), rs.getInt("non_payable_rows"), Columns.instant(rs, "updated_at"));
    }
}
